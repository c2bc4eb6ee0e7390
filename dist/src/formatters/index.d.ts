/** The main command's formats for library users: the same formatters the CLI runs, with defaults for what a caller leaves out. */
import type { ChalkInstance } from 'chalk';
import type { FormatName } from './names.js';
import { type RecordsResult } from './registry.js';
export { formatMatrixCsv } from './matrix-csv.js';
export { formatMatrixJson } from './matrix-json.js';
export { formatMatrixTable } from './matrix-table.js';
export { formatRecordsCsv } from './records-csv.js';
export { formatRecordsJson } from './records-json.js';
export { FORMAT_NAMES, isFormatName, type FormatName } from './names.js';
export { formatReport } from './report.js';
/** Everything a format may need; each format takes what it uses. */
export interface FormatContext {
    result: RecordsResult;
    /** Used by terminal formats only; defaults to no colour. */
    chalk?: ChalkInstance;
    /** Terminal width for table formats; default 80. */
    width?: number;
    /** Numeric matrix cells instead of letters. */
    counts?: boolean;
    /** Escape formula-like CSV cells of the records CSV; default true. */
    escapeFormulas?: boolean;
}
export interface OutputFormat {
    /** One line for `--help`. */
    description: string;
    /** Machine formats (CSV, JSON) are data for other programs and never carry colour. */
    machine: boolean;
    format(context: FormatContext): string;
}
/**
 * The main command's output formats (`--format`), by name, each turning a ParseResult into the text the CLI writes.
 *
 * @example
 * ```ts
 * const csv = FORMATS.csv.format({ result: parseDraft(text, { file: 'draft.txt' }) });
 * ```
 */
export declare const FORMATS: Record<FormatName, OutputFormat>;
