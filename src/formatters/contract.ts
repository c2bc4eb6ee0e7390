/**
 * The one formatter contract, as ESLint's: a formatter turns a command's result and a context into
 * text. Commands that write as they read (the records CSV, `check`) have streamed formatters,
 * which turn each part of the result into text as it comes.
 */
import type { ChalkInstance } from 'chalk';

/** What a formatter may read besides the result. Each formatter takes what it uses. */
export interface FormatContext {
  /** Colour; level 0 (none) for machine formats and for output that is not a terminal. */
  chalk: ChalkInstance;
  /** Line width of terminal formats, in columns. */
  width: number;
  /** Matrix cells as counts per stance instead of letters. */
  counts: boolean;
  /** Prefix `'` to CSV cells that a spreadsheet would run as formulas. */
  escapeFormulas: boolean;
  /** The run's findings as `check` counts them, when the CLI counted them: the report's summary shows these. */
  findings?: FindingCounts;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** A format of the whole result. */
export type Formatter<Result, Context extends FormatContext = FormatContext> = (result: Result, context: Context) => string;

/**
 * A format of the whole result given out in pieces (a page, a row) whose texts joined are the
 * whole: the CLI writes each piece as it comes, so a large text is never held at once.
 */
export type PiecewiseFormatter<Result, Context extends FormatContext = FormatContext> = (result: Result, context: Context) => Iterable<string>;

/** The whole text of a piecewise format (or of a whole one). */
export function joinPieces(pieces: string | Iterable<string>): string {
  if (typeof pieces === 'string') return pieces;
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/** A format written part by part: `start`, then `add` for each part in turn, then `end`; their texts joined are the whole. */
export interface StreamedFormat<Part> {
  start(): string;
  add(part: Part): string;
  end(): string;
}

export type StreamedFormatter<Part, Context extends FormatContext = FormatContext> = (context: Context) => StreamedFormat<Part>;

/** A named format of one command. Terminal formats get colour and the terminal's width; machine formats (CSV, JSON) neither. */
export interface FormatEntry<F> {
  terminal: boolean;
  format: F;
}

export const terminal = <F>(format: F): FormatEntry<F> => ({ terminal: true, format });
export const machine = <F>(format: F): FormatEntry<F> => ({ terminal: false, format });

/**
 * A format of the whole result as bytes (a workbook), made asynchronously, in the pieces they were
 * made in (joined, they would be held twice). Never for a terminal: the CLI writes them only to
 * `-o FILE` or to a standard output that is not a terminal.
 */
export type BinaryFormatter<Result, Context extends FormatContext = FormatContext> = (result: Result, context: Context) => Promise<readonly Uint8Array[]>;
