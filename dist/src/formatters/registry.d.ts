/**
 * Every command's formats, by name: the one place a command finds the formatter for `--format`.
 * A command computes its result; the formatter only lays it out.
 */
import type { StanceTally } from '../analyses/matrix.js';
import type { PositionTable } from '../analyses/position-table.js';
import type { ParagraphDetail } from '../analyses/paragraph-detail.js';
import type { Paragraph, StanceRecord } from '../types.js';
import type { CheckFormatContext, CheckedFile } from './check/findings-report.js';
import { type FormatContext, type FormatEntry, type Formatter, type PiecewiseFormatter, type StreamedFormatter } from './contract.js';
import { type ReportCounts, type ReportInput } from './report.js';
import { type ReportContent } from '../report/index.js';
import type { CoProposals } from '../analyses/coproposals.js';
import type { BlocsResult, ContestedResult, CountryResult, TraceOutput } from './results.js';
/** The records command's result (and `matrix`'s): every file's parse, merged and filtered. */
export type RecordsResult = ReportInput;
export type { BlocsResult, ContestedResult, CountryResult, TraceOutput };
/** What the matrix formats read: the records, or their tallies (gatherTallies), and the paragraphs' order. */
export interface MatrixInput {
    records: readonly StanceTally[] | PositionTable;
    paragraphs: readonly Pick<Paragraph, 'file' | 'id'>[];
}
/** The main command's formats (`--format`); its CSV is also streamed (RECORDS_STREAM). */
export declare const RECORDS_FORMATS: {
    report: FormatEntry<PiecewiseFormatter<ReportInput>>;
    csv: FormatEntry<PiecewiseFormatter<ReportInput>>;
    json: FormatEntry<Formatter<ReportInput>>;
    matrix: FormatEntry<PiecewiseFormatter<MatrixInput>>;
    'matrix-csv': FormatEntry<PiecewiseFormatter<MatrixInput>>;
    'matrix-json': FormatEntry<PiecewiseFormatter<MatrixInput>>;
};
/** The terminal report as the main command gathers it (gatherReport): its matrix, and what its summary counts. */
export declare const REPORT_OF_COUNTS: FormatEntry<PiecewiseFormatter<{
    matrix: MatrixInput;
    counts: ReportCounts;
}>>;
/** The records CSV as the main command writes it, paragraph by paragraph. */
export declare const RECORDS_STREAM: StreamedFormatter<readonly StanceRecord[]>;
export declare const MATRIX_FORMATS: {
    table: FormatEntry<PiecewiseFormatter<MatrixInput>>;
    csv: FormatEntry<PiecewiseFormatter<MatrixInput>>;
    json: FormatEntry<PiecewiseFormatter<MatrixInput>>;
};
/**
 * `--format xlsx` of the main command and `matrix` is a BinaryFormatter in ./xlsx.js (recordsWorkbook,
 * matrixWorkbook), loaded only when asked for, so that exceljs stays out of the library.
 */
export declare const COUNTRY_FORMATS: {
    table: FormatEntry<PiecewiseFormatter<CountryResult>>;
    csv: FormatEntry<PiecewiseFormatter<CountryResult>>;
    json: FormatEntry<PiecewiseFormatter<CountryResult>>;
};
export declare const PARAGRAPH_FORMATS: {
    table: FormatEntry<PiecewiseFormatter<readonly ParagraphDetail[]>>;
    csv: FormatEntry<Formatter<readonly ParagraphDetail[]>>;
    json: FormatEntry<Formatter<readonly ParagraphDetail[]>>;
};
export declare const CONTESTED_FORMATS: {
    table: FormatEntry<Formatter<ContestedResult>>;
    csv: FormatEntry<Formatter<ContestedResult>>;
    json: FormatEntry<Formatter<ContestedResult>>;
};
export declare const BLOCS_FORMATS: {
    table: FormatEntry<Formatter<BlocsResult>>;
    csv: FormatEntry<Formatter<BlocsResult>>;
    'pairs-csv': FormatEntry<Formatter<BlocsResult>>;
    json: FormatEntry<Formatter<BlocsResult>>;
};
/** `blocs --view coproposals`: how often each pair of delegations proposes the same text together. */
export declare const COPROPOSAL_FORMATS: {
    table: FormatEntry<Formatter<CoProposals>>;
    csv: FormatEntry<Formatter<CoProposals>>;
    json: FormatEntry<Formatter<CoProposals>>;
};
/** `trace`'s formats: each shows the view asked for, or its own default (table: the overview; csv: the proposals; json: all three). */
export declare const TRACE_FORMATS: {
    table: FormatEntry<Formatter<TraceOutput>>;
    csv: FormatEntry<Formatter<TraceOutput>>;
    json: FormatEntry<Formatter<TraceOutput>>;
};
/** `report`'s one format: the self-contained HTML page (src/report/). */
export declare const REPORT_FORMATS: {
    html: FormatEntry<PiecewiseFormatter<ReportContent>>;
};
/** `check`'s reports, written file by file. */
export declare const CHECK_FORMATS: {
    text: FormatEntry<StreamedFormatter<CheckedFile, CheckFormatContext>>;
    json: FormatEntry<StreamedFormatter<CheckedFile, CheckFormatContext>>;
    github: FormatEntry<StreamedFormatter<CheckedFile, CheckFormatContext>>;
    sarif: FormatEntry<StreamedFormatter<CheckedFile, CheckFormatContext>>;
};
export type { FormatContext };
