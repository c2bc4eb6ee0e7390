import { Chalk, type ChalkInstance } from 'chalk';
import { buildMatrix } from '../analyses/matrix.js';
import { formatMatrixCsv } from './matrix-csv.js';
import { formatMatrixJson } from './matrix-json.js';
import { formatMatrixTable } from './matrix-table.js';
import { formatRecordsCsv } from './records-csv.js';
import { formatRecordsJson } from './records-json.js';
import type { FormatName } from './names.js';
import { formatReport, type ReportInput } from './report.js';

export { formatMatrixCsv } from './matrix-csv.js';
export { formatMatrixJson } from './matrix-json.js';
export { formatMatrixTable } from './matrix-table.js';
export { formatRecordsCsv } from './records-csv.js';
export { formatRecordsJson } from './records-json.js';
export { FORMAT_NAMES, isFormatName, type FormatName } from './names.js';
export { formatReport } from './report.js';

/** Everything a format may need; each format takes what it uses. */
export interface FormatContext {
  result: ReportInput;
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

const plain = new Chalk({ level: 0 });
const matrixOf = ({ result }: FormatContext) => buildMatrix(result.records, result.paragraphs);

/** The `--format` choices, by name. */
export const FORMATS = {
  report: {
    description: 'summary and stance matrix for the terminal (default on a terminal)',
    machine: false,
    format: (ctx) => formatReport(ctx.result, matrixOf(ctx), {
      chalk: ctx.chalk ?? plain, width: ctx.width, counts: ctx.counts,
    }),
  },
  csv: {
    description: 'one row per record, long CSV (default when piped)',
    machine: true,
    format: (ctx) => formatRecordsCsv(ctx.result.records, { escapeFormulas: ctx.escapeFormulas }),
  },
  json: {
    description: 'paragraphs, records and diagnostics as JSON',
    machine: true,
    format: (ctx) => formatRecordsJson(ctx.result),
  },
  matrix: {
    description: 'stance matrix as a terminal table (delegations x paragraphs)',
    machine: false,
    format: (ctx) => formatMatrixTable(matrixOf(ctx), {
      chalk: ctx.chalk ?? plain, width: ctx.width, counts: ctx.counts,
    }),
  },
  'matrix-csv': {
    description: 'stance matrix as CSV',
    machine: true,
    format: (ctx) => formatMatrixCsv(matrixOf(ctx), { counts: ctx.counts }),
  },
  'matrix-json': {
    description: 'stance matrix as JSON',
    machine: true,
    format: (ctx) => formatMatrixJson(matrixOf(ctx), { counts: ctx.counts }),
  },
} satisfies Record<FormatName, OutputFormat>;
