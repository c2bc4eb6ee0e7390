/** The HTML report (`kyoto-parse report`): one self-contained page made from the parse, its analyses and the trace. */
import { reportPieces } from './html.js';
import { buildReportModel } from './model.js';
export { buildReportModel } from './model.js';
export { reportPieces } from './html.js';
/** The report's HTML for `input` in pieces, for a writer that sends each on as it is made: the same input gives the same text. */
export function htmlReportPieces(input) {
    return reportPieces(buildReportModel(input));
}
