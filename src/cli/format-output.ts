/** The last two steps of a command that formats all of its result at once: format, then deliver. */
import type { FormatContext, FormatEntry, Formatter } from '../formatters/contract.js';
import { chalkFor } from '../formatters/terminal/colour.js';
import { toTerminal, type CliIo } from './cli-io.js';
import { deliver } from './delivery.js';
import type { DiagnosticsSummary } from './diagnostics.js';

export interface OutputOptions {
  output?: string;
  width?: number;
  counts?: boolean;
  escapeFormulas?: boolean;
  diagnostics?: boolean;
}

/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export function formatContext(options: OutputOptions, io: CliIo, terminalFormat: boolean): FormatContext {
  const terminal = toTerminal(io, options.output);
  return {
    chalk: chalkFor(io.env, terminal && terminalFormat),
    width: options.width ?? (terminal ? io.stdout.columns : undefined) ?? 80,
    counts: options.counts === true,
    escapeFormulas: options.escapeFormulas ?? true,
  };
}

/** Formats `result`, closes the account of the findings on stderr, then writes the text to `-o FILE` or stdout. */
export async function formatAndDeliver<Result>(
  entry: FormatEntry<Formatter<Result>>,
  result: Result,
  summary: DiagnosticsSummary,
  options: OutputOptions,
  inputs: readonly string[],
  io: CliIo,
): Promise<void> {
  // Read once every file has been: the report's summary counts the findings as the closing line does.
  const text = entry.format(result, { ...formatContext(options, io, entry.terminal), findings: summary.counts() });
  summary.end();
  await deliver(text, { output: options.output, inputs, io });
}
