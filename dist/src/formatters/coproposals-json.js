import { COPROPOSAL_MEASURE } from './measures.js';
/**
 * For programs:
 *
 * ```
 * { "measure": "...", "proposals": 55, "joint": 32,
 *   "pairs": [{ "a", "b", "coproposals" }],                                // most first; a < b
 *   "delegations": [{ "country", "name", "proposals", "alone", "together" }] } // in code order
 * ```
 */
export function formatCoProposalsJson(coproposals) {
    const output = {
        measure: COPROPOSAL_MEASURE,
        proposals: coproposals.proposals,
        joint: coproposals.joint,
        pairs: coproposals.pairs.map((p) => ({ a: p.a, b: p.b, coproposals: p.count })),
        delegations: coproposals.proposers,
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}
