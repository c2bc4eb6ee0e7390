/** The linkage methods `blocs` offers (ml-hclust's names); apart from blocs.ts so `--help` need not load ml-hclust. */
export const LINKAGES = ['average', 'complete', 'single', 'ward'];
