import { cutStyled, textWidth, truncate } from './width.js';
import { wrapText } from './wrap.js';
import { FORMATTED_AT_ONCE } from '../../util/arrays.js';
const GAP = '  ';
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
export function renderTable(columns, rows, width, chalk) {
    return [...tableLines(columns, () => rows, width, chalk)];
}
/** renderTable's lines one at a time, the rows read as they are needed. */
export function* tableLines(columns, rows, width, chalk) {
    const cellWidths = widestCells(columns.length, rows);
    const widths = columns.map((column, index) => {
        const natural = Math.max(textWidth(column.header), cellWidths[index]);
        return Math.min(natural, column.max ?? Number.MAX_SAFE_INTEGER);
    });
    let excess = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (columns.length - 1) - width;
    for (let index = columns.length - 1; index >= 0 && excess > 0; index--) {
        const min = columns[index].min;
        if (min === undefined)
            continue;
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
    const line = (row, styled) => row.map((cell, index) => {
        const column = columns[index];
        const text = truncate(cell.text, widths[index], column.cut);
        const filler = ' '.repeat(Math.max(0, widths[index] - textWidth(text)));
        const shown = styled && cell.style && text !== '' ? cell.style(text) : text;
        return column.align === 'right' ? filler + shown : shown + filler;
    }).join(gap).trimEnd();
    /** A row as one line or more: its wrapping cells' lines side by side. */
    const rowLines = (row) => {
        const parts = row.map((cell, index) => (columns[index].wrap && textWidth(cell.text) > widths[index]
            ? wrapText(cell.text, widths[index]) : [cell.text]));
        const height = Math.max(1, ...parts.map((p) => p.length));
        return Array.from({ length: height }, (_, at) => line(row.map((cell, index) => ({ ...cell, text: parts[index][at] ?? '' })), true));
    };
    const fitted = (text) => (excess > 0 ? cutStyled(text, width) : text);
    yield fitted(line(columns.map((column) => ({ text: column.header })), false));
    yield fitted(chalk.dim(widths.map((w) => '─'.repeat(w)).join(gap)));
    for (const row of rows())
        for (const text of rowLines(row.map(asCell)))
            yield fitted(text);
}
const asCell = (cell) => (typeof cell === 'string' ? { text: cell } : cell);
/** The index of the widest column above its floor (the last of equals: the last columns are the least needed); -1 when none is. */
function widestOf(widths, floors) {
    let widest = -1;
    for (let index = 0; index < widths.length; index++) {
        if (widths[index] > floors[index] && (widest < 0 || widths[index] >= widths[widest]))
            widest = index;
    }
    return widest;
}
/** The widest cell of each of `count` columns, in one reading of the rows. */
function widestCells(count, rows) {
    const widest = new Array(count).fill(0);
    for (const row of rows()) {
        for (let index = 0; index < count; index++) {
            const cell = row[index];
            widest[index] = Math.max(widest[index], textWidth(cell === undefined ? '' : asCell(cell).text));
        }
    }
    return widest;
}
/** Lines joined, each ending in a line end, FORMATTED_AT_ONCE lines a piece. */
export function* linesInBatches(lines) {
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
    if (piece !== '')
        yield piece;
}
