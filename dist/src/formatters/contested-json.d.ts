import type { ContestedResult } from './results.js';
/**
 * An array ordered by score (highest first): `{ rank, file, paragraph, score, supporters,
 * opponents, mixed }`, the last three arrays of codes; scores rounded to 4 decimals.
 */
export declare function formatContestedJson({ shown }: Pick<ContestedResult, 'shown'>): string;
