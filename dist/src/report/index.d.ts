import { type ReportInput } from './model.js';
export { buildReportModel, type ReportInput, type ReportModel } from './model.js';
export { renderReport } from './html.js';
/** The report's HTML for `input`: the same input gives the same text. */
export declare function formatHtmlReport(input: ReportInput): string;
