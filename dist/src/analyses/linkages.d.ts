/** The linkage methods `blocs` offers (ml-hclust's names); apart from blocs.ts so `--help` need not load ml-hclust. */
export declare const LINKAGES: readonly ["average", "complete", "single", "ward"];
export type Linkage = (typeof LINKAGES)[number];
