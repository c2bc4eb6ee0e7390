import type { Agreement } from './agreement.js';
import type { Linkage } from './linkages.js';
export interface BlocsOptions {
    /** Number of clusters; default: cut below distance 0.5. */
    clusters?: number;
    linkage?: Linkage;
}
/** The blocs clusterDelegations finds: its clusters, the delegations it could not place, and a heatmap order. */
export interface Blocs {
    /** Each cluster's codes, sorted; clusters by size, then first code. */
    clusters: string[][];
    /** Delegations with a position but no scored pair: not clustered. */
    unclustered: string[];
    /** Clustered delegations, cluster by cluster, each in dendrogram order. */
    order: string[];
    linkage: Linkage;
    /** The number of clusters asked for, or null when the tree was cut at distance 0.5. */
    requested: number | null;
}
/**
 * Groups delegations into blocs by hierarchical clustering of their agreement scores (`kyoto-parse blocs`).
 *
 * @example
 * ```ts
 * const { clusters } = clusterDelegations(computeAgreement(buildPositions(records)), { linkage: 'average' });
 * ```
 */
export declare function clusterDelegations(agreement: Agreement, options?: BlocsOptions): Blocs;
/** One node of a dendrogram: a leaf (a delegation's code) or a merge at a height (the linkage distance). */
export type DendrogramNode = {
    code: string;
    height: 0;
} | {
    height: number;
    children: DendrogramNode[];
};
/**
 * The tree clusterDelegations cuts, as plain nodes for drawing (the report's dendrogram); null
 * when no delegation has a scored pair. Leaves in the tree's own order.
 */
export declare function blocsDendrogram(agreement: Agreement, options?: {
    linkage?: Linkage;
}): DendrogramNode | null;
