/** The options every CSV of the tool is written with: `\n` line ends and, unless turned off, the formula guard. */
import type { Options } from 'csv-stringify/sync';
/**
 * A text cell as the formula guard writes it: `'` before a cell that a spreadsheet would run as a
 * formula (`=SUM(…)`, `-1+2`, `@x`); an exact `-` (standard input's file name) is no formula and
 * is left as it is. Numbers are never touched: only text is given here.
 */
export declare function guardFormula(value: string): string;
/** csv-stringify's options: `\n` line ends; with `escapeFormulas`, every text cell through guardFormula. */
export declare function csvOptions(escapeFormulas: boolean): Options;
