/**
 * Small layout helpers shared by the analytics tables: padding and truncation in terminal
 * columns, a column table that shrinks to a width, and wrapped lists of styled words.
 * Styling is applied after layout, so widths are always computed on plain text.
 */
import type { ChalkInstance } from 'chalk';
import { textWidth } from './matrix-table.js';

export { textWidth, wrapText } from './matrix-table.js';

export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}

/** Cuts `text` to `width` columns, marking the cut with `…` at the end (or the start). */
export function truncate(text: string, width: number, from: 'end' | 'start' = 'end'): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 0) return '';
  if (width === 1) return '…';
  return from === 'end'
    ? `${chars.slice(0, width - 1).join('').trimEnd()}…`
    : `…${chars.slice(chars.length - width + 1).join('').trimStart()}`;
}

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
export function renderTable(columns: TableColumn[], rows: (TableCell | string)[][], width: number, chalk: ChalkInstance): string[] {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)));
  const widths = columns.map((column, index) => {
    const natural = Math.max(textWidth(column.header), ...cells.map((row) => textWidth(row[index]?.text ?? '')));
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
  const line = (row: TableCell[], styled: boolean) => row.map((cell, index) => {
    const column = columns[index];
    const text = truncate(cell.text, widths[index], column.cut);
    const filler = ' '.repeat(Math.max(0, widths[index] - textWidth(text)));
    const shown = styled && cell.style && text !== '' ? cell.style(text) : text;
    return column.align === 'right' ? filler + shown : shown + filler;
  }).join(GAP).trimEnd();
  return [
    line(columns.map((column) => ({ text: column.header })), false),
    chalk.dim(widths.map((w) => '─'.repeat(w)).join(GAP)),
    ...cells.map((row) => line(row, true)),
  ];
}

export interface StyledWord {
  plain: string;
  styled: string;
}

/**
 * Words joined by spaces and wrapped to `width`: the first line starts with `first`, the next
 * ones with `rest` (both plain text, usually a label and its indent). A word wider than a line is
 * cut.
 */
export function wrapWords(words: StyledWord[], width: number, first: string, rest = ' '.repeat(textWidth(first))): string[] {
  const lines: string[] = [];
  let plain = first;
  let styled = first;
  let empty = true;
  const room = Math.max(1, width - Math.max(textWidth(first), textWidth(rest)));
  for (const word of words) {
    const fitted = textWidth(word.plain) > room ? { plain: truncate(word.plain, room), styled: truncate(word.plain, room) } : word;
    if (!empty && textWidth(plain) + 1 + textWidth(fitted.plain) > width) {
      lines.push(styled);
      plain = rest + fitted.plain;
      styled = rest + fitted.styled;
    } else {
      plain += (empty ? '' : ' ') + fitted.plain;
      styled += (empty ? '' : ' ') + fitted.styled;
    }
    empty = false;
  }
  lines.push(empty ? styled.trimEnd() : styled);
  return lines;
}

/** Rounds for machine output: 4 decimals are plenty for shares and scores that are exact ratios. */
export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
