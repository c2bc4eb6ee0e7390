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
    /** Text format: every line within `width` (a terminal, or `--width`); else only the excerpts are, and a finding stays one line for grep and editors. */
    wrap?: boolean;
    /** kyoto-parse's version, named in SARIF. */
    version: string;
    /** SARIF: the repository root, the working directory, the README's URL, the caps. */
    sarif?: SarifContext;
    /** github: every finding also goes to the step summary. */
    stepSummary?: boolean;
}
/** A file's SARIF location: a URI, relative to the `uriBaseId` when it has one. */
export interface ArtifactPlace {
    uri: string;
    uriBaseId?: string;
}
/** The files' places relative to a repository root, found by the caller (the CLI reads the file system). */
export interface SarifPlacement {
    /** The root's file URI, ending in `/`. */
    rootUri: string;
    locate(file: string): ArtifactPlace;
}
/** What the SARIF format reads besides the version. */
export interface SarifContext {
    /** Where the files are: locations inside the repository are relative to its root, under `%SRCROOT%`. */
    placement?: SarifPlacement;
    /** The gzip-compressed size of a text, in bytes; its UTF-8 length (an upper bound) without one. */
    compressedSize?: (text: string) => number;
    /** An absolute URL of the README: each rule's helpUri is its anchor there. No helpUri without it. */
    helpBase?: string;
    /** At most this many results (GitHub's 25,000 by default). */
    maxResults?: number;
    /** At most this many bytes, gzip-compressed (GitHub's 10 MB by default). */
    maxBytes?: number;
    /** Told once when results are left out, with the notice the log also holds. */
    notify?: (message: string) => void;
}
