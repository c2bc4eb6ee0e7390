/** A column table that shrinks to a width. */
import type { ChalkInstance } from 'chalk';
export interface TableColumn {
    header: string;
    /** Narrowest the column may shrink to when the table is too wide; default: its natural width. */
    min?: number;
    /** Widest the column may be. */
    max?: number;
    align?: 'left' | 'right';
    /** Which end of a too-long cell is cut; default the end. */
    cut?: 'end' | 'start';
    /** A too-long cell is wrapped at spaces onto more lines, instead of cut. */
    wrap?: boolean;
}
export interface TableCell {
    text: string;
    style?: (text: string) => string;
}
/** A table's rows, read twice (once for the widths, once for the lines): made anew for each reading, so a long table's cells are never all held. */
export type TableRows = () => Iterable<(TableCell | string)[]>;
/**
 * A table of `columns`, two spaces between columns, a rule under the header. Columns take their
 * natural width (widest cell or header, up to `max`); when the table is wider than `width`, the
 * columns that have a `min` give up room, last column first. Cells longer than their column are
 * cut with `…`, or in a `wrap` column wrapped onto more lines (the row's other cells blank
 * there). Still too wide, the columns stand one space apart and give up room, the widest first:
 * first the part of a header wider than its cells, then cells down to one character; a table
 * with more columns than fit even so is cut at `width`. No line passes `width`, and lines
 * never end in spaces.
 */
export declare function renderTable(columns: TableColumn[], rows: (TableCell | string)[][], width: number, chalk: ChalkInstance): string[];
/** renderTable's lines one at a time, the rows read as they are needed. */
export declare function tableLines(columns: TableColumn[], rows: TableRows, width: number, chalk: ChalkInstance): Generator<string>;
/** Lines joined, each ending in a line end, FORMATTED_AT_ONCE lines a piece. */
export declare function linesInBatches(lines: Iterable<string>): Generator<string>;
