import type { FindingsReport } from './findings-report.js';
/** A step summary larger than this (1 MiB) is not uploaded; the table stays below it. */
export declare const STEP_SUMMARY_BYTES: number;
/** A table cell: `|` escaped, line ends as spaces, no HTML. */
export declare const markdownCell: (text: string) => string;
export declare function stepSummaryReport(): FindingsReport;
