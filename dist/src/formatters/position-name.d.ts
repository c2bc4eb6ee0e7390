import type { DelegationStances } from '../analyses/paragraph-detail.js';
/** A delegation's position on a paragraph in words: `for`, `against`, `mixed`, or `none` (only `other` records). */
export declare function positionName(d: DelegationStances): string;
