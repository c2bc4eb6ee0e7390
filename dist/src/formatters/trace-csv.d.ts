import type { FormatContext } from './contract.js';
import type { TraceOutput } from './results.js';
/** The proposals' columns, as issue 22 lists them (the opponents are in the JSON and the table). */
export declare const TRACE_PROPOSAL_CSV_COLUMNS: readonly ["draft_paragraph", "line", "column", "codes", "kind", "text", "survived", "later_paragraph", "later_line", "later_text", "score"];
/**
 * One view as CSV, the proposals when none is asked for: `paragraphs`
 * (`draft_paragraph,draft_line,later_paragraph,later_line,relation,similarity`), `proposals`
 * (TRACE_PROPOSAL_CSV_COLUMNS) or `delegations` (DELEGATION_COLUMNS). Lists are `;`-separated;
 * absent later fields are empty.
 */
export declare function formatTraceCsv({ view, trace }: Pick<TraceOutput, 'view' | 'trace'>, { escapeFormulas }: Pick<FormatContext, 'escapeFormulas'>): string;
