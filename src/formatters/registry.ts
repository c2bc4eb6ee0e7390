/**
 * Every command's formats, by name: the one place a command finds the formatter for `--format`.
 * A command computes its result; the formatter only lays it out.
 */
import type { StanceTally } from '../analyses/matrix.js';
import { TallyMatrix } from '../analyses/matrix-view.js';
import type { PositionTable } from '../analyses/position-table.js';
import type { ParagraphDetail } from '../analyses/paragraph-detail.js';
import type { Paragraph, StanceRecord } from '../types.js';
import { formatBlocsCsv, formatPairsCsv } from './blocs-csv.js';
import { formatBlocsJson } from './blocs-json.js';
import { formatBlocsTable } from './blocs-table.js';
import { formatCoProposalsCsv } from './coproposals-csv.js';
import { formatCoProposalsJson } from './coproposals-json.js';
import { formatCoProposalsTable } from './coproposals-table.js';
import { githubReport } from './check/github.js';
import { jsonReport } from './check/json.js';
import type { CheckFormatContext, CheckedFile } from './check/findings-report.js';
import { sarifReport } from './check/sarif.js';
import { textReport } from './check/text.js';
import { formatContestedCsv } from './contested-csv.js';
import { formatContestedJson } from './contested-json.js';
import { formatContestedTable } from './contested-table.js';
import { machine, terminal, type FormatContext, type FormatEntry, type Formatter, type PiecewiseFormatter, type StreamedFormatter } from './contract.js';
import { countryJsonPieces } from './country-json.js';
import { countryTablePieces } from './country-table.js';
import { matrixCsvPieces } from './matrix-csv.js';
import { matrixJsonPieces } from './matrix-json.js';
import { matrixTablePieces } from './matrix-table.js';
import { formatParagraphCsv } from './paragraph-csv.js';
import { formatParagraphJson } from './paragraph-json.js';
import { paragraphTablePieces } from './paragraph-table.js';
import { recordsCsvPieces, recordsCsvStream } from './records-csv.js';
import { formatRecordsJson } from './records-json.js';
import { reportCountsOf, reportPieces, type ReportCounts, type ReportInput } from './report.js';
import { htmlPagePieces, type ReportContent } from '../report/index.js';
import type { CoProposals } from '../analyses/coproposals.js';
import type { BlocsResult, ContestedResult, CountryResult, TraceOutput } from './results.js';
import { formatTraceCsv } from './trace-csv.js';
import { formatTraceJson } from './trace-json.js';
import { formatTraceTable } from './trace-table.js';

/** The records command's result (and `matrix`'s): every file's parse, merged and filtered. */
export type RecordsResult = ReportInput;

export type { BlocsResult, ContestedResult, CountryResult, TraceOutput };

type Formats<Result> = Record<string, FormatEntry<Formatter<Result> | PiecewiseFormatter<Result>>>;

/** What the matrix formats read: the records, or their tallies (gatherTallies), and the paragraphs' order. */
export interface MatrixInput {
  records: readonly StanceTally[] | PositionTable;
  paragraphs: readonly Pick<Paragraph, 'file' | 'id'>[];
}

/** The matrix read from the tallies: no cell is made (TallyMatrix), and the formats write it a row or a page at a time. */
const matrixOf = (result: MatrixInput) => new TallyMatrix(result.records, result.paragraphs);

const matrixTable = terminal<PiecewiseFormatter<MatrixInput>>((result, context) => matrixTablePieces(matrixOf(result), context));
const matrixCsv = machine<PiecewiseFormatter<MatrixInput>>((result, { counts }) => matrixCsvPieces(matrixOf(result), { counts }));
const matrixJson = machine<PiecewiseFormatter<MatrixInput>>((result, { counts }) => matrixJsonPieces(matrixOf(result), { counts }));

/** The main command's formats (`--format`); its CSV is also streamed (RECORDS_STREAM). */
export const RECORDS_FORMATS = {
  report: terminal<PiecewiseFormatter<RecordsResult>>((result, context) => reportPieces(reportCountsOf(result), matrixOf(result), context)),
  csv: machine<PiecewiseFormatter<RecordsResult>>((result, context) => recordsCsvPieces(result.records, context)),
  json: machine<Formatter<RecordsResult>>((result) => formatRecordsJson(result)),
  matrix: matrixTable,
  'matrix-csv': matrixCsv,
  'matrix-json': matrixJson,
} satisfies Formats<RecordsResult>;

/** The terminal report as the main command gathers it (gatherReport): its matrix, and what its summary counts. */
export const REPORT_OF_COUNTS = terminal<PiecewiseFormatter<{ matrix: MatrixInput; counts: ReportCounts }>>(
  (result, context) => reportPieces(result.counts, matrixOf(result.matrix), context));

/** The records CSV as the main command writes it, paragraph by paragraph. */
export const RECORDS_STREAM: StreamedFormatter<readonly StanceRecord[]> = recordsCsvStream;

export const MATRIX_FORMATS = { table: matrixTable, csv: matrixCsv, json: matrixJson } satisfies Formats<MatrixInput>;

/**
 * `--format xlsx` of the main command and `matrix` is a BinaryFormatter in ./xlsx.js (recordsWorkbook,
 * matrixWorkbook), loaded only when asked for, so that exceljs stays out of the library.
 */

export const COUNTRY_FORMATS = {
  table: terminal<PiecewiseFormatter<CountryResult>>(countryTablePieces),
  // The records, as the main command writes them.
  csv: machine<PiecewiseFormatter<CountryResult>>(({ records }, context) => recordsCsvPieces(records, context)),
  json: machine<PiecewiseFormatter<CountryResult>>((result) => countryJsonPieces(result)),
} satisfies Formats<CountryResult>;

export const PARAGRAPH_FORMATS = {
  table: terminal<PiecewiseFormatter<readonly ParagraphDetail[]>>(paragraphTablePieces),
  csv: machine<Formatter<readonly ParagraphDetail[]>>(formatParagraphCsv),
  json: machine<Formatter<readonly ParagraphDetail[]>>(formatParagraphJson),
} satisfies Formats<readonly ParagraphDetail[]>;

export const CONTESTED_FORMATS = {
  table: terminal<Formatter<ContestedResult>>(formatContestedTable),
  csv: machine<Formatter<ContestedResult>>(formatContestedCsv),
  json: machine<Formatter<ContestedResult>>(formatContestedJson),
} satisfies Formats<ContestedResult>;

export const BLOCS_FORMATS = {
  table: terminal<Formatter<BlocsResult>>(formatBlocsTable),
  csv: machine<Formatter<BlocsResult>>(formatBlocsCsv),
  'pairs-csv': machine<Formatter<BlocsResult>>(formatPairsCsv),
  json: machine<Formatter<BlocsResult>>(formatBlocsJson),
} satisfies Formats<BlocsResult>;

/** `blocs --view coproposals`: how often each pair of delegations proposes the same text together. */
export const COPROPOSAL_FORMATS = {
  table: terminal<Formatter<CoProposals>>(formatCoProposalsTable),
  csv: machine<Formatter<CoProposals>>(formatCoProposalsCsv),
  json: machine<Formatter<CoProposals>>(formatCoProposalsJson),
} satisfies Formats<CoProposals>;

/** `trace`'s formats: each shows the view asked for, or its own default (table: the overview; csv: the proposals; json: all three). */
export const TRACE_FORMATS = {
  table: terminal<Formatter<TraceOutput>>(formatTraceTable),
  csv: machine<Formatter<TraceOutput>>(formatTraceCsv),
  json: machine<Formatter<TraceOutput>>(formatTraceJson),
} satisfies Formats<TraceOutput>;

/** `report`'s one format: the self-contained HTML page (src/report/). */
export const REPORT_FORMATS = {
  html: machine<PiecewiseFormatter<ReportContent>>((content) => htmlPagePieces(content)),
} satisfies Formats<ReportContent>;

/** `check`'s reports, written file by file. */
export const CHECK_FORMATS = {
  text: terminal<StreamedFormatter<CheckedFile, CheckFormatContext>>((context) => textReport(context)),
  json: machine<StreamedFormatter<CheckedFile, CheckFormatContext>>(() => jsonReport()),
  github: machine<StreamedFormatter<CheckedFile, CheckFormatContext>>(({ stepSummary }) => githubReport({ stepSummary })),
  sarif: machine<StreamedFormatter<CheckedFile, CheckFormatContext>>(({ version, sarif }) => sarifReport({ ...sarif, version })),
} satisfies Record<string, FormatEntry<StreamedFormatter<CheckedFile, CheckFormatContext>>>;

export type { FormatContext };
