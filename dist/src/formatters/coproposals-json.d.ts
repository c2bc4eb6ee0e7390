import type { CoProposals } from '../analyses/coproposals.js';
/**
 * For programs:
 *
 * ```
 * { "measure": "...", "proposals": 55, "joint": 32,
 *   "pairs": [{ "a", "b", "coproposals" }],                                // most first; a < b
 *   "delegations": [{ "country", "name", "proposals", "alone", "together" }] } // in code order
 * ```
 */
export declare function formatCoProposalsJson(coproposals: CoProposals): string;
