/**
 * Options that do not apply to the chosen format are usage errors that say why, rather than
 * being accepted and ignored (`--counts` with the records CSV).
 */
import { UsageError } from './usage-error.js';

export interface ApplicableOptions {
  width?: number;
  counts?: boolean;
  escapeFormulas?: boolean;
}

export interface FormatTraits {
  /** The format as the user names it (`table`, `csv`, `matrix-json`). */
  name: string;
  /** How the format was chosen, when not by --format (`the default when standard output is not a terminal`). */
  chosen?: string;
  /** A table for the terminal: --width applies. */
  terminal: boolean;
  /** A CSV with text cells, which --no-escape-formulas leaves raw. */
  csvText: boolean;
  /** Matrix cells, which --counts counts. */
  matrix: boolean;
}

export function assertApplicable(options: ApplicableOptions, format: FormatTraits): void {
  const to = `--format ${format.name}${format.chosen ? ` (${format.chosen})` : ''}`;
  if (options.counts && !format.matrix) throw new UsageError(`--counts does not apply to ${to}: only the stance matrix has counts (table, matrix, matrix-csv, matrix-json)`);
  if (options.width !== undefined && !format.terminal) throw new UsageError(`--width does not apply to ${to}: only the terminal tables have a width`);
  if (options.escapeFormulas === false && !format.csvText) throw new UsageError(`--no-escape-formulas does not apply to ${to}: it leaves the text cells of a CSV raw, and this format has none`);
}
