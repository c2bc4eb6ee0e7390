import { joinPieces } from './contract.js';
import { PLAIN } from './terminal/colour.js';
import { RECORDS_FORMATS } from './registry.js';
export { formatMatrixCsv } from './matrix-csv.js';
export { formatMatrixJson } from './matrix-json.js';
export { formatMatrixTable } from './matrix-table.js';
export { formatRecordsCsv } from './records-csv.js';
export { formatRecordsJson } from './records-json.js';
export { FORMAT_NAMES, isFormatName } from './names.js';
export { formatReport } from './report.js';
const DESCRIPTIONS = {
    report: 'summary and stance matrix for the terminal (default on a terminal)',
    csv: 'one row per record, long CSV (default when piped)',
    json: 'paragraphs, records and diagnostics as JSON',
    matrix: 'stance matrix as a terminal table (delegations x paragraphs)',
    'matrix-csv': 'stance matrix as CSV',
    'matrix-json': 'stance matrix as JSON',
};
function outputFormat(name) {
    const entry = RECORDS_FORMATS[name];
    return {
        description: DESCRIPTIONS[name],
        machine: !entry.terminal,
        format: ({ result, chalk = PLAIN, width = 80, counts = false, escapeFormulas = true }) => joinPieces(entry.format(result, { chalk, width, counts, escapeFormulas })),
    };
}
/**
 * The main command's output formats (`--format`), by name, each turning a ParseResult into the text the CLI writes.
 *
 * @example
 * ```ts
 * const csv = FORMATS.csv.format({ result: parseDraft(text, { file: 'draft.txt' }) });
 * ```
 */
export const FORMATS = Object.fromEntries(Object.keys(DESCRIPTIONS).map((name) => [name, outputFormat(name)]));
