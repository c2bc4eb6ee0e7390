import type { Finding } from '../../check/findings.js';
import type { FormatContext, StreamedFormat } from '../contract.js';
/** Source lines by file, for the formats that quote the line of a finding. */
export type Sources = ReadonlyMap<string, readonly string[]>;
/** One checked file's part of a `check` report: its findings, and its lines when the format quotes them. */
export interface CheckedFile {
    findings: readonly Finding[];
    sources?: Sources;
}
/** A `check` report, written file by file: added in any slices, the findings make the same text. */
export type FindingsReport = StreamedFormat<CheckedFile>;
/** What `check` formats read besides the common context. */
export interface CheckFormatContext extends FormatContext {
    /** Text format: at most this many findings per rule and file are listed; 0 lists all. */
    maxPerRule: number;
    /** kyoto-parse's version, named in SARIF. */
    version: string;
}
