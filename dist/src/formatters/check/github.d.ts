import type { FindingsReport } from './findings-report.js';
/** Annotations of one kind GitHub shows per step. */
export declare const GITHUB_ANNOTATIONS_SHOWN = 10;
export interface GithubOptions {
    /** Every finding also goes to the job's step summary (GITHUB_STEP_SUMMARY). */
    stepSummary?: boolean;
}
export declare function githubReport(options?: GithubOptions): FindingsReport;
