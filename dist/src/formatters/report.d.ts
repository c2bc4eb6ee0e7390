import type { ChalkInstance } from 'chalk';
import { type StanceMatrix } from '../analyses/matrix.js';
import type { MatrixView } from '../analyses/matrix-view.js';
import { type Annotation, type Diagnostic, type Paragraph, type ParseResult, type Stance, type StanceRecord } from '../types.js';
import { type FindingCounts } from './contract.js';
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
 * What the report's summary counts: each input file (those with paragraphs first, each in order
 * of first appearance) with its paragraphs, annotations and records, the delegations, the records
 * per stance, and the parse's errors and warnings.
 */
export interface ReportCounts {
    files: {
        file: string;
        paragraphs: number;
        annotations: number;
        records: number;
    }[];
    delegations: number;
    stances: Record<Stance, number>;
    errors: number;
    warnings: number;
}
/** Counts what the report summarises as it comes, holding no record (the CLI's sections). */
export declare class ReportCounter {
    private readonly files;
    private readonly delegations;
    private readonly stances;
    private errors;
    private warnings;
    paragraphs(list: readonly Pick<Paragraph, 'file'>[]): void;
    annotations(list: readonly Pick<Annotation, 'file'>[]): void;
    records(list: readonly Pick<StanceRecord, 'file' | 'country' | 'stance'>[]): void;
    diagnostics(list: readonly Pick<Diagnostic, 'file' | 'severity'>[]): void;
    counts(): ReportCounts;
    private fileOf;
}
/** What the report counts of a whole parse. */
export declare function reportCountsOf(result: ReportInput): ReportCounts;
/**
 * The default terminal report: the matrix table, a blank line, then one summary over all inputs
 * (paragraphs, annotations, delegations, records per stance, diagnostics when there are any, and
 * a line per file when there are several). The summary comes last, where a terminal leaves it in
 * view once the pages have scrolled past. No line exceeds `width`; a summary line too wide
 * wraps under its own detail column, so the numbers stay aligned.
 */
export declare function formatReport(result: ReportInput, matrix: StanceMatrix, options: ReportOptions): string;
/** formatReport from what it counts (ReportCounter), for a caller that holds no record. */
export declare function formatReportOfCounts(counts: ReportCounts, matrix: StanceMatrix, options: ReportOptions): string;
/** The report's text, a page of its matrix at a time, then the summary. */
export declare function reportPieces(counts: ReportCounts, matrix: MatrixView, options: ReportOptions): Generator<string>;
