/** The last two steps of a command that formats all of its result at once: format, then deliver. */
import type { FormatContext, FormatEntry, Formatter } from '../formatters/contract.js';
import type { Diagnostic } from '../types.js';
import { type CliIo } from './cli-io.js';
export interface OutputOptions {
    output?: string;
    width?: number;
    counts?: boolean;
    escapeFormulas?: boolean;
    diagnostics?: boolean;
}
/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export declare function formatContext(options: OutputOptions, io: CliIo, terminalFormat: boolean): FormatContext;
/** Formats `result`, says the diagnostics on stderr, then writes the text to `-o FILE` or stdout. */
export declare function formatAndDeliver<Result>(entry: FormatEntry<Formatter<Result>>, result: Result, diagnostics: readonly Diagnostic[], options: OutputOptions, inputs: readonly string[], io: CliIo): Promise<void>;
