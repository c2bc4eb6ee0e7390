import { type ReportInput } from './model.js';
export { buildReportModel, type ReportInput, type ReportModel } from './model.js';
export { renderReport, reportPieces } from './html.js';
/** The report's HTML for `input`: the same input gives the same text. */
export declare function formatHtmlReport(input: ReportInput): string;
/** formatHtmlReport's text in pieces, for a writer that sends each on as it is made. */
export declare function htmlReportPieces(input: ReportInput): Iterable<string>;
