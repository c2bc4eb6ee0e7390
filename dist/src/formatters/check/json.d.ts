import type { FindingsReport } from './findings-report.js';
/** An array of findings with the fields file, line, column, severity, rule, message. */
export declare function jsonReport(): FindingsReport;
