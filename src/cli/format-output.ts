/** The last two steps of a command that formats all of its result at once: format, then deliver. */
import type { BinaryFormatter, FormatContext, FormatEntry, Formatter, PiecewiseFormatter } from '../formatters/contract.js';
import { chalkFor } from '../formatters/terminal/colour.js';
import { toTerminal, type CliIo } from './cli-io.js';
import { batchedWrite, deliver, deliverStream } from './delivery.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import { UsageError } from './usage-error.js';
import { DEFAULT_WIDTH, streamWidth } from './terminal-width.js';

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
export const BOM = '\uFEFF';

/** Whether `format` is a CSV (`csv`, `matrix-csv`, `pairs-csv`). */
const isCsv = (format: string | undefined): boolean => format !== undefined && /(^|-)csv$/.test(format);

/** `--bom` with a format that is not CSV: a usage error, before any work. */
export function checkBom(options: OutputOptions, format: string | undefined = options.format): void {
  if (options.bom && !isCsv(format)) throw new UsageError(`--bom: a byte-order mark is for CSV output only, not --format ${format}`);
}

/**
 * A workbook is written only to `-o FILE` or to a standard output that is not a terminal (`> FILE`,
 * a pipe): on a terminal it would be noise. A usage error, before any work.
 */
export function checkBinaryDestination(options: OutputOptions, io: CliIo, format: string): void {
  if (toTerminal(io, options.output)) throw new UsageError(`--format ${format} writes a workbook: give -o FILE.${format} or redirect standard output`);
}

/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export function formatContext(options: OutputOptions, io: CliIo, terminalFormat: boolean): FormatContext {
  const terminal = toTerminal(io, options.output);
  return {
    chalk: chalkFor(io.env, terminal && terminalFormat),
    width: options.width ?? (terminal ? streamWidth(io.stdout, io.env) : DEFAULT_WIDTH),
    counts: options.counts === true,
    escapeFormulas: options.escapeFormulas ?? true,
  };
}

/**
 * Formats `result`, closes the account of the findings on stderr, then writes the text to `-o FILE`
 * or stdout: a piecewise format piece by piece as it is made.
 */
export async function formatAndDeliver<Result>(
  entry: FormatEntry<Formatter<Result> | PiecewiseFormatter<Result>>,
  result: Result,
  summary: DiagnosticsSummary,
  options: OutputOptions,
  inputs: readonly string[],
  io: CliIo,
): Promise<void> {
  checkBom(options);
  // Read once every file has been: the report's summary counts the findings as the closing line does.
  const output = entry.format(result, { ...formatContext(options, io, entry.terminal), findings: summary.counts() });
  const bom = options.bom ? BOM : '';
  summary.end();
  const to = { output: options.output, inputs, io };
  if (typeof output === 'string') return deliver(bom + output, to);
  await deliverStream(to, async (write) => {
    const out = batchedWrite(write);
    await out.add(bom);
    for (const piece of output) await out.add(piece);
    await out.flush();
  });
}

/** Formats `result` as bytes (a workbook), closes the account of the findings on stderr, then writes the bytes to `-o FILE` or stdout. */
export async function formatBinaryAndDeliver<Result>(
  format: BinaryFormatter<Result>,
  result: Result,
  summary: DiagnosticsSummary,
  options: OutputOptions,
  inputs: readonly string[],
  io: CliIo,
): Promise<void> {
  const pieces = await format(result, formatContext(options, io, false));
  summary.end();
  await deliverStream({ output: options.output, inputs, io }, async (write) => {
    for (const piece of pieces) await write(piece);
  });
}
