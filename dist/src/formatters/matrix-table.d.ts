import type { ChalkInstance } from 'chalk';
import { type StanceMatrix } from '../analyses/matrix.js';
import type { MatrixView } from '../analyses/matrix-view.js';
export interface MatrixTableOptions {
    /** Colours come from the caller's instance (`new Chalk({ level })`); level 0 gives plain text. */
    chalk: ChalkInstance;
    /** Maximum line width in terminal columns. */
    width?: number;
    /** Show how many records of each stance a cell holds (`S2O1`) instead of letters only (`SO`). */
    counts?: boolean;
}
/** The paragraph headings are repeated after this many rows (a 24-line terminal shows them). */
export declare const HEADER_EVERY = 15;
/**
 * The stance matrix as a terminal table that never exceeds `width` columns.
 *
 * - First column: the delegation code (names are left out to save room).
 * - Paragraph headers are stacked one word per line (`OP6` / `Bis` / `ALT`), so a column is
 *   only as wide as its longest word or cell; a word wider than the page is split across lines.
 * - Cells: stance letters `S`, `O`, `D`, `X` (other), joined in that order when mixed (`SO`),
 *   `·` when empty. With `counts`, each letter is followed by its record count (`S2O1` = two
 *   support and one oppose record).
 * - Colour: support green, oppose red, delete yellow, other magenta, mixed cells bold.
 * - When the columns do not fit, the table is split into pages by paragraph ranges
 *   (`Paragraphs PP1 to OP4 (1/6)`), each repeating the code column; a page never mixes files.
 * - A page lists only the delegations with records on its paragraphs, and repeats its
 *   paragraph headings every HEADER_EVERY rows, so a screenful always shows them.
 * - One legend at the end.
 *
 * The only way to exceed `width` is a width narrower than the code column plus one cell.
 */
export declare function formatMatrixTable(matrix: StanceMatrix, options: MatrixTableOptions): string;
/** formatMatrixTable's text, a page at a time. */
export declare function matrixTablePieces(matrix: MatrixView, options: MatrixTableOptions): Generator<string>;
