import type { Agreement } from './agreement.js';
import type { Linkage } from './linkages.js';
export interface BlocsOptions {
    /** Number of clusters; default: cut below distance 0.5. */
    clusters?: number;
    linkage?: Linkage;
}
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
export declare function clusterDelegations(agreement: Agreement, options?: BlocsOptions): Blocs;
