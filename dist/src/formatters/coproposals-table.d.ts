import type { CoProposals } from '../analyses/coproposals.js';
import type { FormatContext } from './contract.js';
/**
 * Co-proposals for the terminal: the pairs that propose together most, then every delegation with
 * a proposal, those with the most co-proposals first, each with its proposals, those it made
 * alone, its co-proposals with all the others, and the partners it proposes with most.
 */
export declare function formatCoProposalsTable(coproposals: CoProposals, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): string;
