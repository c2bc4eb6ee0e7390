import { type ReportInput } from './model.js';
export { buildReportModel, type ReportInput, type ReportModel } from './model.js';
export { reportPieces } from './html.js';
/** The report's HTML for `input` in pieces, for a writer that sends each on as it is made: the same input gives the same text. */
export declare function htmlReportPieces(input: ReportInput): Iterable<string>;
