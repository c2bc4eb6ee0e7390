import type { BlocsResult } from './results.js';
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
export declare function formatBlocsJson({ agreement, blocs }: BlocsResult): string;
