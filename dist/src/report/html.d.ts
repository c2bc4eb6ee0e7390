import { type ReportModel } from './model.js';
/** The page in pieces (the head, each heatmap row, each paragraph…): the same model gives the same text. */
export declare function reportPieces(model: ReportModel): Generator<string>;
