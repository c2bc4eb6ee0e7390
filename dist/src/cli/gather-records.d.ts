import { type ParseOptions } from '../api.js';
import { FindingsCollector } from '../check/findings.js';
import type { CodeTable } from '../records/codes.js';
import type { ParseResult, StanceRecord } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import type { ParseSettings, RecordSettings } from './settings.js';
import type { InputDraft } from './run-files.js';
export interface GatheredRecords {
    result: ParseResult;
    /** Each input's decoded text, by the name records carry (`-` for standard input); empty unless kept. */
    sources: Map<string, string>;
}
export interface GatherOptions {
    /** Sees the merged records before the filters (the analytics commands expand groups there). */
    prepare?: (records: StanceRecord[], codes: CodeTable) => StanceRecord[];
    /** Keep each file's text: `paragraph` shows struck text from it; the others need not hold every file. */
    keepSources?: boolean;
    /** Keep every annotation (the HTML report lists them); the others need only the records. */
    keepAnnotations?: boolean;
    /** `--quiet`: no progress line. */
    quiet?: boolean;
}
/** A collector of one file's findings as `check` gives them, for a caller that reads it paragraph by paragraph. */
export declare const findingsCollector: (settings: RecordSettings, draft: {
    file: string;
    text: string;
}) => FindingsCollector;
/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export declare const parseOptionsFor: (settings: ParseSettings, draft: InputDraft, io: CliIo) => ParseOptions;
/** Each file's findings, counted (or listed) as `check` gives them. */
export declare function findingsOf(summary: DiagnosticsSummary, settings: RecordSettings, result: ParseResult, draft: {
    file: string;
    text: string;
}): void;
/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export declare function gatherRecords(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<GatheredRecords>;
