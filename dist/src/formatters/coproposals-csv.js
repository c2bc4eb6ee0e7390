import { stringify } from 'csv-stringify/sync';
/**
 * One row per pair that proposes at least one text together, most co-proposals first:
 * `a,b,coproposals,a_proposals,b_proposals` (a before b in code order; each delegation's own
 * number of proposals, to weigh the count by).
 */
export function formatCoProposalsCsv(coproposals) {
    const proposals = new Map(coproposals.proposers.map((p) => [p.country, p.proposals]));
    return stringify([
        ['a', 'b', 'coproposals', 'a_proposals', 'b_proposals'],
        ...coproposals.pairs.map((p) => [p.a, p.b, p.count, proposals.get(p.a), proposals.get(p.b)]),
    ], { record_delimiter: '\n' });
}
