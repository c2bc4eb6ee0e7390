/**
 * The terminal format: `file:line:col severity rule message`, the offending line with a
 * caret under the column, and a summary that counts findings by rule. Past `maxPerRule`
 * findings of one rule in one file, the rest are counted, not listed (machine formats list all).
 * Written finding by finding; the summary comes at the end.
 */
import type { ChalkInstance } from 'chalk';
import type { FindingsReport } from './findings-report.js';
export interface TextOptions {
    chalk: ChalkInstance;
    /** 0 lists every finding. */
    maxPerRule?: number;
    width?: number;
    /** Every line within `width`: a finding's line wrapped, its excerpt fitted beside the gutter. */
    wrap?: boolean;
}
export declare function textReport(options: TextOptions): FindingsReport;
