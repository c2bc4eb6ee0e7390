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
}
export interface TableCell {
    text: string;
    style?: (text: string) => string;
}
/**
 * A table of `columns`, two spaces between columns, a rule under the header. Columns take their
 * natural width (widest cell or header, up to `max`); when the table is wider than `width`, the
 * columns that have a `min` give up room, last column first. Cells longer than their column are
 * cut with `…`. Lines never end in spaces.
 */
export declare function renderTable(columns: TableColumn[], rows: (TableCell | string)[][], width: number, chalk: ChalkInstance): string[];
