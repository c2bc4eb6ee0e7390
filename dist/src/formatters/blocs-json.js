import { clusterIndex } from './blocs-csv.js';
import { AGREEMENT_MEASURE } from './measures.js';
import { round4 } from './round.js';
/**
 * For programs:
 *
 * ```
 * { "measure": "...", "minShared": 5, "linkage": "average", "requestedClusters": null,
 *   "clusters": [["AUS", "BEL", ...], ...],
 *   "unclustered": [...],
 *   "agreement": [{ "a", "b", "score", "shared", "agreed" }], // each pair once, a < b
 *   "delegations": [{ "country", "name", "cluster" }] }      // cluster: 1-based, null when unclustered
 * ```
 */
export function formatBlocsJson({ agreement, blocs }) {
    const clusterOf = clusterIndex(blocs);
    const output = {
        measure: AGREEMENT_MEASURE,
        minShared: agreement.minShared,
        linkage: blocs.linkage,
        requestedClusters: blocs.requested,
        clusters: blocs.clusters,
        unclustered: blocs.unclustered,
        agreement: agreement.pairs.map((p) => ({ a: p.a, b: p.b, score: round4(p.score), shared: p.shared, agreed: p.agreed })),
        delegations: agreement.countries.map((country) => ({
            country, name: agreement.names.get(country) ?? country, cluster: clusterOf.get(country) ?? null,
        })),
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}
