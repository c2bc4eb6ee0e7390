import { stringify } from 'csv-stringify/sync';
import { DELEGATION_COLUMNS, delegationRows, PARAGRAPH_COLUMNS, paragraphRows, proposalRows } from '../trace/rows.js';
import { csvOptions } from './csv-options.js';
/** The proposals' columns, as issue 22 lists them (the opponents are in the JSON and the table). */
export const TRACE_PROPOSAL_CSV_COLUMNS = [
    'draft_paragraph', 'line', 'column', 'codes', 'kind', 'text', 'survived', 'later_paragraph', 'later_line', 'later_text', 'score',
];
/**
 * One view as CSV, the proposals when none is asked for: `paragraphs`
 * (`draft_paragraph,draft_line,later_paragraph,later_line,relation,similarity`), `proposals`
 * (TRACE_PROPOSAL_CSV_COLUMNS) or `delegations` (DELEGATION_COLUMNS). Lists are `;`-separated;
 * absent later fields are empty.
 */
export function formatTraceCsv({ view = 'proposals', trace }, { escapeFormulas }) {
    const table = (columns, rows) => stringify([columns, ...rows.map((row) => columns.map((column) => row[column]))], csvOptions(escapeFormulas));
    switch (view) {
        case 'paragraphs': return table(PARAGRAPH_COLUMNS, paragraphRows(trace.paragraphs));
        case 'proposals': return table(TRACE_PROPOSAL_CSV_COLUMNS, proposalRows(trace.proposals));
        case 'delegations': return table(DELEGATION_COLUMNS, delegationRows(trace.delegations));
    }
}
