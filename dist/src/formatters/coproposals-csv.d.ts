import type { CoProposals } from '../analyses/coproposals.js';
/**
 * One row per pair that proposes at least one text together, most co-proposals first:
 * `a,b,coproposals,a_proposals,b_proposals` (a before b in code order; each delegation's own
 * number of proposals, to weigh the count by).
 */
export declare function formatCoProposalsCsv(coproposals: CoProposals): string;
