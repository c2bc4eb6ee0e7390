/** The HTML report (`kyoto-parse report`): one self-contained page made from the parse, its analyses and the trace. */
import { renderReport, reportPieces } from './html.js';
import { buildReportModel } from './model.js';
export { buildReportModel } from './model.js';
export { renderReport, reportPieces } from './html.js';
/** The report's HTML for `input`: the same input gives the same text. */
export function formatHtmlReport(input) {
    return renderReport(buildReportModel(input));
}
/** formatHtmlReport's text in pieces, for a writer that sends each on as it is made. */
export function htmlReportPieces(input) {
    return reportPieces(buildReportModel(input));
}
