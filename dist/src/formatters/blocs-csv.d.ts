import type { Blocs } from '../analyses/blocs.js';
import type { FormatContext } from './contract.js';
import type { BlocsResult } from './results.js';
/**
 * The agreement matrix as CSV: `country,name,cluster,<one column per delegation>`, rows and
 * columns in code order; a cell is the score (4 decimals), 1 on the diagonal, empty for a pair
 * with too few shared paragraphs. `cluster` is the 1-based cluster number, empty when unclustered.
 */
export declare function formatBlocsCsv({ agreement, blocs }: BlocsResult, { escapeFormulas }: Pick<FormatContext, 'escapeFormulas'>): string;
/** One row per scored pair: `a,b,score,shared,agreed` (a before b in code order). */
export declare function formatPairsCsv({ agreement }: Pick<BlocsResult, 'agreement'>): string;
/** Code -> 1-based cluster number. */
export declare function clusterIndex(blocs: Blocs): Map<string, number>;
