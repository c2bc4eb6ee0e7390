import type { ReportModel } from './model.js';
export declare function renderReport(model: ReportModel): string;
