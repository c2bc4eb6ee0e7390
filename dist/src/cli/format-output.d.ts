/** The last two steps of a command that formats all of its result at once: format, then deliver. */
import type { BinaryFormatter, FormatContext, FormatEntry, Formatter, PiecewiseFormatter } from '../formatters/contract.js';
import { type CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
export interface OutputOptions {
    output?: string;
    width?: number;
    counts?: boolean;
    escapeFormulas?: boolean;
    diagnostics?: boolean;
    /** A UTF-8 byte-order mark before CSV output (`--bom`): how Excel knows the file is UTF-8. */
    bom?: boolean;
    /** The `--format` asked for: `--bom` is for the CSV ones only. */
    format?: string;
}
/** The byte-order mark `--bom` puts before CSV output. */
export declare const BOM = "\uFEFF";
/** `--bom` with a format that is not CSV: a usage error, before any work. */
export declare function checkBom(options: OutputOptions, format?: string | undefined): void;
/**
 * A workbook is written only to `-o FILE` or to a standard output that is not a terminal (`> FILE`,
 * a pipe): on a terminal it would be noise. A usage error, before any work.
 */
export declare function checkBinaryDestination(options: OutputOptions, io: CliIo, format: string): void;
/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export declare function formatContext(options: OutputOptions, io: CliIo, terminalFormat: boolean): FormatContext;
/**
 * Formats `result`, closes the account of the findings on stderr, then writes the text to `-o FILE`
 * or stdout: a piecewise format piece by piece as it is made.
 */
export declare function formatAndDeliver<Result>(entry: FormatEntry<Formatter<Result> | PiecewiseFormatter<Result>>, result: Result, summary: DiagnosticsSummary, options: OutputOptions, inputs: readonly string[], io: CliIo): Promise<void>;
/** Formats `result` as bytes (a workbook), closes the account of the findings on stderr, then writes the bytes to `-o FILE` or stdout. */
export declare function formatBinaryAndDeliver<Result>(format: BinaryFormatter<Result>, result: Result, summary: DiagnosticsSummary, options: OutputOptions, inputs: readonly string[], io: CliIo): Promise<void>;
