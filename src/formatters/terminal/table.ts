/** A column table that shrinks to a width. */
import type { ChalkInstance } from 'chalk';
import { cutStyled, textWidth, truncate } from './width.js';
import { wrapText } from './wrap.js';
import { FORMATTED_AT_ONCE } from '../../util/arrays.js';

const GAP = '  ';

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
export function renderTable(columns: TableColumn[], rows: (TableCell | string)[][], width: number, chalk: ChalkInstance): string[] {
  return [...tableLines(columns, () => rows, width, chalk)];
}

/** renderTable's lines one at a time, the rows read as they are needed. */
export function* tableLines(columns: TableColumn[], rows: TableRows, width: number, chalk: ChalkInstance): Generator<string> {
  const cellWidths = widestCells(columns.length, rows);
  const widths = columns.map((column, index) => {
    const natural = Math.max(textWidth(column.header), cellWidths[index]);
    return Math.min(natural, column.max ?? Number.MAX_SAFE_INTEGER);
  });
  let excess = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (columns.length - 1) - width;
  for (let index = columns.length - 1; index >= 0 && excess > 0; index--) {
    const min = columns[index].min;
    if (min === undefined) continue;
    const give = Math.min(excess, Math.max(0, widths[index] - min));
    widths[index] -= give;
    excess -= give;
  }
  // Still too wide: one space between columns, then headers cut to their cells, then cells cut too.
  let gap = GAP;
  if (excess > 0) {
    gap = ' ';
    excess -= columns.length - 1;
    for (const floors of [cellWidths.map((w) => Math.max(1, w)), columns.map(() => 1)]) {
      for (let widest = widestOf(widths, floors); excess > 0 && widest >= 0; widest = widestOf(widths, floors)) {
        widths[widest]--;
        excess--;
      }
    }
  }
  const line = (row: TableCell[], styled: boolean) => row.map((cell, index) => {
    const column = columns[index];
    const text = truncate(cell.text, widths[index], column.cut);
    const filler = ' '.repeat(Math.max(0, widths[index] - textWidth(text)));
    const shown = styled && cell.style && text !== '' ? cell.style(text) : text;
    return column.align === 'right' ? filler + shown : shown + filler;
  }).join(gap).trimEnd();
  /** A row as one line or more: its wrapping cells' lines side by side. */
  const rowLines = (row: TableCell[]): string[] => {
    const parts = row.map((cell, index) => (columns[index].wrap && textWidth(cell.text) > widths[index]
      ? wrapText(cell.text, widths[index]) : [cell.text]));
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, at) =>
      line(row.map((cell, index) => ({ ...cell, text: parts[index][at] ?? '' })), true));
  };
  const fitted = (text: string) => (excess > 0 ? cutStyled(text, width) : text);
  yield fitted(line(columns.map((column) => ({ text: column.header })), false));
  yield fitted(chalk.dim(widths.map((w) => '─'.repeat(w)).join(gap)));
  for (const row of rows()) for (const text of rowLines(row.map(asCell))) yield fitted(text);
}

const asCell = (cell: TableCell | string): TableCell => (typeof cell === 'string' ? { text: cell } : cell);

/** The index of the widest column above its floor (the last of equals: the last columns are the least needed); -1 when none is. */
function widestOf(widths: readonly number[], floors: readonly number[]): number {
  let widest = -1;
  for (let index = 0; index < widths.length; index++) {
    if (widths[index] > floors[index] && (widest < 0 || widths[index] >= widths[widest])) widest = index;
  }
  return widest;
}

/** The widest cell of each of `count` columns, in one reading of the rows. */
function widestCells(count: number, rows: TableRows): number[] {
  const widest = new Array<number>(count).fill(0);
  for (const row of rows()) {
    for (let index = 0; index < count; index++) {
      const cell = row[index];
      widest[index] = Math.max(widest[index]!, textWidth(cell === undefined ? '' : asCell(cell).text));
    }
  }
  return widest;
}

/** Lines joined, each ending in a line end, FORMATTED_AT_ONCE lines a piece. */
export function* linesInBatches(lines: Iterable<string>): Generator<string> {
  let piece = '';
  let count = 0;
  for (const text of lines) {
    piece += `${text}\n`;
    if (++count === FORMATTED_AT_ONCE) {
      yield piece;
      piece = '';
      count = 0;
    }
  }
  if (piece !== '') yield piece;
}
