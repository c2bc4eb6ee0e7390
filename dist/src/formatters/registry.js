import { TallyMatrix } from '../analyses/matrix-view.js';
import { formatBlocsCsv, formatPairsCsv } from './blocs-csv.js';
import { formatBlocsJson } from './blocs-json.js';
import { formatBlocsTable } from './blocs-table.js';
import { formatCoProposalsCsv } from './coproposals-csv.js';
import { formatCoProposalsJson } from './coproposals-json.js';
import { formatCoProposalsTable } from './coproposals-table.js';
import { githubReport } from './check/github.js';
import { jsonReport } from './check/json.js';
import { sarifReport } from './check/sarif.js';
import { textReport } from './check/text.js';
import { formatContestedCsv } from './contested-csv.js';
import { formatContestedJson } from './contested-json.js';
import { formatContestedTable } from './contested-table.js';
import { machine, terminal } from './contract.js';
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
import { reportCountsOf, reportPieces } from './report.js';
import { htmlPagePieces } from '../report/index.js';
import { formatTraceCsv } from './trace-csv.js';
import { formatTraceJson } from './trace-json.js';
import { formatTraceTable } from './trace-table.js';
/** The matrix read from the tallies: no cell is made (TallyMatrix), and the formats write it a row or a page at a time. */
const matrixOf = (result) => new TallyMatrix(result.records, result.paragraphs);
const matrixTable = terminal((result, context) => matrixTablePieces(matrixOf(result), context));
const matrixCsv = machine((result, { counts }) => matrixCsvPieces(matrixOf(result), { counts }));
const matrixJson = machine((result, { counts }) => matrixJsonPieces(matrixOf(result), { counts }));
/** The main command's formats (`--format`); its CSV is also streamed (RECORDS_STREAM). */
export const RECORDS_FORMATS = {
    report: terminal((result, context) => reportPieces(reportCountsOf(result), matrixOf(result), context)),
    csv: machine((result, context) => recordsCsvPieces(result.records, context)),
    json: machine((result) => formatRecordsJson(result)),
    matrix: matrixTable,
    'matrix-csv': matrixCsv,
    'matrix-json': matrixJson,
};
/** The terminal report as the main command gathers it (gatherReport): its matrix, and what its summary counts. */
export const REPORT_OF_COUNTS = terminal((result, context) => reportPieces(result.counts, matrixOf(result.matrix), context));
/** The records CSV as the main command writes it, paragraph by paragraph. */
export const RECORDS_STREAM = recordsCsvStream;
export const MATRIX_FORMATS = { table: matrixTable, csv: matrixCsv, json: matrixJson };
/**
 * `--format xlsx` of the main command and `matrix` is a BinaryFormatter in ./xlsx.js (recordsWorkbook,
 * matrixWorkbook), loaded only when asked for, so that exceljs stays out of the library.
 */
export const COUNTRY_FORMATS = {
    table: terminal(countryTablePieces),
    // The records, as the main command writes them.
    csv: machine(({ records }, context) => recordsCsvPieces(records, context)),
    json: machine((result) => countryJsonPieces(result)),
};
export const PARAGRAPH_FORMATS = {
    table: terminal(paragraphTablePieces),
    csv: machine(formatParagraphCsv),
    json: machine(formatParagraphJson),
};
export const CONTESTED_FORMATS = {
    table: terminal(formatContestedTable),
    csv: machine(formatContestedCsv),
    json: machine(formatContestedJson),
};
export const BLOCS_FORMATS = {
    table: terminal(formatBlocsTable),
    csv: machine(formatBlocsCsv),
    'pairs-csv': machine(formatPairsCsv),
    json: machine(formatBlocsJson),
};
/** `blocs --view coproposals`: how often each pair of delegations proposes the same text together. */
export const COPROPOSAL_FORMATS = {
    table: terminal(formatCoProposalsTable),
    csv: machine(formatCoProposalsCsv),
    json: machine(formatCoProposalsJson),
};
/** `trace`'s formats: each shows the view asked for, or its own default (table: the overview; csv: the proposals; json: all three). */
export const TRACE_FORMATS = {
    table: terminal(formatTraceTable),
    csv: machine(formatTraceCsv),
    json: machine(formatTraceJson),
};
/** `report`'s one format: the self-contained HTML page (src/report/). */
export const REPORT_FORMATS = {
    html: machine((content) => htmlPagePieces(content)),
};
/** `check`'s reports, written file by file. */
export const CHECK_FORMATS = {
    text: terminal((context) => textReport(context)),
    json: machine(() => jsonReport()),
    github: machine(({ stepSummary }) => githubReport({ stepSummary })),
    sarif: machine(({ version, sarif }) => sarifReport({ ...sarif, version })),
};
