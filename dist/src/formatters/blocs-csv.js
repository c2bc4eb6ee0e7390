import { stringify } from 'csv-stringify/sync';
import { csvOptions } from './csv-options.js';
import { round4 } from './round.js';
/**
 * The agreement matrix as CSV: `country,name,cluster,<one column per delegation>`, rows and
 * columns in code order; a cell is the score (4 decimals), 1 on the diagonal, empty for a pair
 * with too few shared paragraphs. `cluster` is the 1-based cluster number, empty when unclustered.
 */
export function formatBlocsCsv({ agreement, blocs }, { escapeFormulas }) {
    const clusterOf = clusterIndex(blocs);
    const codes = agreement.countries;
    const rows = codes.map((a) => [
        a, agreement.names.get(a) ?? a, clusterOf.get(a) ?? '',
        ...codes.map((b) => (a === b ? 1 : agreement.pair(a, b) ? round4(agreement.pair(a, b).score) : '')),
    ]);
    return stringify([['country', 'name', 'cluster', ...codes], ...rows], csvOptions(escapeFormulas));
}
/** One row per scored pair: `a,b,score,shared,agreed` (a before b in code order). */
export function formatPairsCsv({ agreement }) {
    return stringify([
        ['a', 'b', 'score', 'shared', 'agreed'],
        ...agreement.pairs.map((p) => [p.a, p.b, round4(p.score), p.shared, p.agreed]),
    ], { record_delimiter: '\n' });
}
/** Code -> 1-based cluster number. */
export function clusterIndex(blocs) {
    const index = new Map();
    blocs.clusters.forEach((cluster, i) => cluster.forEach((code) => index.set(code, i + 1)));
    return index;
}
