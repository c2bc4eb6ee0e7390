/**
 * Blocs: clusters of delegations computed from the agreement scores with agglomerative
 * hierarchical clustering (ml-hclust's `agnes`, of the mljs project).
 *
 * - Distance between two delegations: `1 − agreement`. A pair with too few shared paragraphs
 *   (`--min-shared`) has no score and gets the neutral distance 0.5 (as likely to agree as not):
 *   it pulls the pair neither together nor apart.
 * - Only delegations with a score against at least one other delegation are clustered; the
 *   others are reported as unclustered (nothing to place them by).
 * - Linkage: average (UPGMA) by default: the distance between two clusters is the mean distance
 *   between their members, so one missing or odd pair cannot chain clusters together (single) or
 *   keep them apart (complete).
 * - How many clusters: `clusters: N` cuts the tree into N clusters by undoing its N − 1 highest
 *   merges (splitTree);
 *   without it, the tree is cut below distance 0.5, so that each cluster's members agree with each
 *   other more than half of the time on average (ml-hclust's `cut`).
 *
 * Clusters are sorted by size (largest first), then by their first code; codes within a cluster
 * are sorted. `order` lists the clustered delegations cluster by cluster, each in dendrogram
 * order, so a heatmap in that order shows the blocs as squares along its diagonal.
 */
import { agnes } from 'ml-hclust';
import { compareCodes } from './positions.js';
/** Distance given to pairs without a score. */
const NEUTRAL_DISTANCE = 0.5;
/**
 * Groups delegations into blocs by hierarchical clustering of their agreement scores (`kyoto-parse blocs`).
 *
 * @example
 * ```ts
 * const { clusters } = clusterDelegations(computeAgreement(buildPositions(records)), { linkage: 'average' });
 * ```
 */
export function clusterDelegations(agreement, options = {}) {
    const linkage = options.linkage ?? 'average';
    const requested = options.clusters ?? null;
    const scored = new Set();
    for (const { a, b } of agreement.pairs) {
        scored.add(a);
        scored.add(b);
    }
    const members = agreement.countries.filter((code) => scored.has(code));
    const unclustered = agreement.countries.filter((code) => !scored.has(code));
    if (members.length === 0)
        return { clusters: [], unclustered, order: [], linkage, requested };
    const tree = clusterTree(agreement, members, linkage);
    // Below 0.5, not at it: two delegations with no score (distance 0.5 exactly) are no bloc.
    const parts = requested !== null ? splitTree(tree, requested) : tree.cut(NEUTRAL_DISTANCE - 1e-9);
    const groups = (parts.length > 0 ? parts : [tree]).map((part) => part.indices().map((index) => members[index]));
    groups.sort((a, b) => b.length - a.length || compareCodes(minCode(a), minCode(b)));
    return {
        clusters: groups.map((group) => [...group].sort(compareCodes)),
        unclustered,
        order: groups.flat(),
        linkage,
        requested,
    };
}
/**
 * The tree cut into `count` clusters by undoing its highest merges first (what ml-hclust's
 * `group(count)` means to do; in ml-hclust 4.0.0 `group` loses a leaf when it takes one off its
 * heap, which happens when merges tie at height 0, so the cut is made here). Ties go to the
 * cluster met first. Fewer clusters come back when there are fewer leaves.
 */
function splitTree(tree, count) {
    const parts = [tree];
    while (parts.length < count) {
        let highest = -1;
        parts.forEach((part, index) => {
            if (part.children.length > 0 && (highest < 0 || part.height > parts[highest].height))
                highest = index;
        });
        if (highest < 0)
            break;
        parts.splice(highest, 1, ...parts[highest].children);
    }
    return parts;
}
function minCode(codes) {
    return [...codes].sort(compareCodes)[0];
}
/** The agglomerative tree of `members` on `1 − agreement` (pairs without a score at the neutral distance). */
function clusterTree(agreement, members, linkage) {
    const distances = members.map((a) => members.map((b) => {
        if (a === b)
            return 0;
        const pair = agreement.pair(a, b);
        return pair ? 1 - pair.score : NEUTRAL_DISTANCE;
    }));
    return agnes(distances, { isDistanceMatrix: true, method: linkage });
}
/**
 * The tree clusterDelegations cuts, as plain nodes for drawing (the report's dendrogram); null
 * when no delegation has a scored pair. Leaves in the tree's own order.
 */
export function blocsDendrogram(agreement, options = {}) {
    const scored = new Set(agreement.pairs.flatMap(({ a, b }) => [a, b]));
    const members = agreement.countries.filter((code) => scored.has(code));
    if (members.length === 0)
        return null;
    const convert = (node) => (node.isLeaf
        ? { code: members[node.index], height: 0 }
        : { height: node.height, children: node.children.map(convert) });
    return convert(clusterTree(agreement, members, options.linkage ?? 'average'));
}
