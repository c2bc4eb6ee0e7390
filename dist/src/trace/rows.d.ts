/**
 * The tracer's results as rows with the column names, in column order, for a formatter
 * (table, CSV, JSON): `PARAGRAPH_COLUMNS`, `PROPOSAL_COLUMNS`, `DELEGATION_COLUMNS`. Lists are
 * `;`-separated; absent later fields are empty strings.
 */
import type { DelegationTally, ParagraphLink, Proposal } from './types.js';
export declare const PARAGRAPH_COLUMNS: readonly ["draft_paragraph", "draft_line", "later_paragraph", "later_line", "relation", "similarity"];
export declare const PROPOSAL_COLUMNS: readonly ["draft_paragraph", "line", "column", "codes", "kind", "text", "survived", "later_paragraph", "later_line", "later_text", "score", "opponents"];
export declare const DELEGATION_COLUMNS: readonly ["code", "proposals", "yes", "partly", "no", "deletions_sought", "deletions_achieved", "oppositions", "oppositions_upheld", "attainment"];
export type Row<C extends readonly string[]> = Record<C[number], string | number>;
export declare function paragraphRows(links: readonly ParagraphLink[]): Row<typeof PARAGRAPH_COLUMNS>[];
export declare function proposalRows(proposals: readonly Proposal[]): Row<typeof PROPOSAL_COLUMNS>[];
export declare function delegationRows(tallies: readonly DelegationTally[]): Row<typeof DELEGATION_COLUMNS>[];
