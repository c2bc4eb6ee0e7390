/** The HTML report (`kyoto-parse report`): one self-contained page made from the parse, its analyses and the trace. */
import { reportPieces } from './html.js';
import { buildReportModel, modelOf, type ReportContent, type ReportInput } from './model.js';

export { buildReportModel, contentOf, modelOf, type ReportContent, type ReportInput, type ReportModel } from './model.js';
export { reportPieces } from './html.js';

/** The report's HTML for `input` in pieces, for a writer that sends each on as it is made: the same input gives the same text. */
export function htmlReportPieces(input: ReportInput): Iterable<string> {
  return reportPieces(buildReportModel(input));
}

/** The page for `content` in pieces (the CLI's: its lists read again as they are written). */
export function htmlPagePieces(content: ReportContent): Iterable<string> {
  return reportPieces(modelOf(content));
}
