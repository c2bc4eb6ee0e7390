import type { ReportModel } from './model.js';
/** The page in pieces (the head, each heatmap row, each paragraph…): joined, renderReport's text. */
export declare function reportPieces(model: ReportModel): Generator<string>;
/** The whole page: the same model gives the same text. */
export declare function renderReport(model: ReportModel): string;
