import type { FindingsReport } from './findings-report.js';
export interface SarifOptions {
    version: string;
}
export declare function sarifReport(options: SarifOptions): FindingsReport;
