import type { FormatContext } from './contract.js';
import type { ContestedResult } from './results.js';
/**
 * The fiercest fights for the terminal: a title, then per paragraph a line with its rank, ID,
 * score and camp sizes, and the camps named on wrapped lines (`for`, `against`, `mixed`).
 */
export declare function formatContestedTable({ shown: ranking, total }: ContestedResult, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): string;
