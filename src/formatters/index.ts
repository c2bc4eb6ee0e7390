/** The main command's formats for library users: the same formatters the CLI runs, with defaults for what a caller leaves out. */
import type { ChalkInstance } from 'chalk';
import { joinPieces } from './contract.js';
import { PLAIN } from './terminal/colour.js';
import type { FormatName } from './names.js';
import { RECORDS_FORMATS, type RecordsResult } from './registry.js';

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

const DESCRIPTIONS: Record<FormatName, string> = {
  report: 'summary and stance matrix for the terminal (default on a terminal)',
  csv: 'one row per record, long CSV (default when piped)',
  json: 'paragraphs, records and diagnostics as JSON',
  matrix: 'stance matrix as a terminal table (delegations x paragraphs)',
  'matrix-csv': 'stance matrix as CSV',
  'matrix-json': 'stance matrix as JSON',
};

function outputFormat(name: FormatName): OutputFormat {
  const entry = RECORDS_FORMATS[name];
  return {
    description: DESCRIPTIONS[name],
    machine: !entry.terminal,
    format: ({ result, chalk = PLAIN, width = 80, counts = false, escapeFormulas = true }) =>
      joinPieces(entry.format(result, { chalk, width, counts, escapeFormulas })),
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
export const FORMATS = Object.fromEntries(
  (Object.keys(DESCRIPTIONS) as FormatName[]).map((name) => [name, outputFormat(name)]),
) as Record<FormatName, OutputFormat>;
