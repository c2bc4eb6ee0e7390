/**
 * The one way the commands read their files: each file read and parsed section by section
 * (readSections), its findings counted as the parts come (check's account, DiagnosticsSummary),
 * a progress line while it lasts. What a command keeps of the parts is its own affair.
 */
import { type ParseOptions, type SectionResult } from '../api.js';
import { FindingsCollector } from '../check/findings.js';
import type { Diagnostic } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import { type InputDraft } from './run-files.js';
import type { ParseSettings, RecordSettings } from './settings.js';
/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export declare const parseOptionsFor: (settings: ParseSettings, draft: InputDraft, io: CliIo) => ParseOptions;
/**
 * A collector of one file's findings as `check` gives them, for a caller that reads it paragraph
 * by paragraph. Unless they are listed, its own findings are counted as found, not kept.
 */
export declare const findingsCollector: (settings: RecordSettings, draft: {
    file: string;
    text: string;
}, summary: DiagnosticsSummary) => FindingsCollector;
export interface SectionReader {
    /** Each section of each file in turn. */
    section(part: SectionResult): void | Promise<void>;
    /** A file read to its end: the parser's diagnostics, and how it was read. */
    fileDone?(draft: InputDraft, diagnostics: Diagnostic[], options: ParseOptions): void | Promise<void>;
}
/** Reads `files` in order, section by section, into `reader`; `quiet`: no progress line. */
export declare function readEachSection(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, quiet: boolean | undefined, reader: SectionReader): Promise<void>;
