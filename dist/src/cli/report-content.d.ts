import { type CheckOptions } from '../check/findings.js';
import { type ReportContent } from '../report/model.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import type { RecordSettings } from './settings.js';
/**
 * Reads `files` once (the findings counted or listed on stderr as every command does), and gives
 * the report's content: `checkOptions` says how each of `files` is checked for the findings the
 * page lists (asked once a file, in order, once the files are read).
 */
export declare function readReportContent(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: {
    quiet?: boolean;
    checkOptions: (file: string, text: string) => CheckOptions;
    heldAnnotations?: number;
}): Promise<{
    content: Omit<ReportContent, 'generator' | 'trace'>;
    sources: Map<string, string>;
}>;
