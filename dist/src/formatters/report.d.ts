import type { ChalkInstance } from 'chalk';
import type { StanceMatrix } from '../analyses/matrix.js';
import { type ParseResult } from '../types.js';
export type ReportInput = Pick<ParseResult, 'paragraphs' | 'annotations' | 'records' | 'diagnostics'>;
export interface ReportOptions {
    chalk: ChalkInstance;
    width?: number;
    /** Passed on to the matrix table. */
    counts?: boolean;
}
/**
 * The default terminal report: one summary over all inputs (paragraphs, annotations,
 * delegations, records per stance, diagnostics when there are any, and a line per file when
 * there are several), a blank line, then the matrix table. No line exceeds `width`.
 */
export declare function formatReport(result: ReportInput, matrix: StanceMatrix, options: ReportOptions): string;
