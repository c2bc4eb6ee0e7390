import type { ChalkInstance } from 'chalk';
import type { StanceMatrix } from '../analyses/matrix.js';
import { type ParseResult } from '../types.js';
import type { FindingCounts } from './contract.js';
export type ReportInput = Pick<ParseResult, 'paragraphs' | 'annotations' | 'records' | 'diagnostics'>;
export interface ReportOptions {
    chalk: ChalkInstance;
    width?: number;
    /** Passed on to the matrix table. */
    counts?: boolean;
    /** The findings as `check` counts them (the CLI's): shown instead of the parse's diagnostics. */
    findings?: FindingCounts;
}
/**
 * The default terminal report: the matrix table, a blank line, then one summary over all inputs
 * (paragraphs, annotations, delegations, records per stance, diagnostics when there are any, and
 * a line per file when there are several). The summary comes last, where a terminal leaves it in
 * view once the pages have scrolled past. No line exceeds `width`; a summary line too wide
 * wraps under its own detail column, so the numbers stay aligned.
 */
export declare function formatReport(result: ReportInput, matrix: StanceMatrix, options: ReportOptions): string;
