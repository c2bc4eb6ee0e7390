import { textWidth, truncate } from './width.js';
import { wrapText } from './wrap.js';
const GAP = '  ';
/**
 * A table of `columns`, two spaces between columns, a rule under the header. Columns take their
 * natural width (widest cell or header, up to `max`); when the table is wider than `width`, the
 * columns that have a `min` give up room, last column first. Cells longer than their column are
 * cut with `…`, or in a `wrap` column wrapped onto more lines (the row's other cells blank
 * there). Lines never end in spaces.
 */
export function renderTable(columns, rows, width, chalk) {
    const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)));
    const widths = columns.map((column, index) => {
        const natural = Math.max(textWidth(column.header), ...cells.map((row) => textWidth(row[index]?.text ?? '')));
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
    const line = (row, styled) => row.map((cell, index) => {
        const column = columns[index];
        const text = truncate(cell.text, widths[index], column.cut);
        const filler = ' '.repeat(Math.max(0, widths[index] - textWidth(text)));
        const shown = styled && cell.style && text !== '' ? cell.style(text) : text;
        return column.align === 'right' ? filler + shown : shown + filler;
    }).join(GAP).trimEnd();
    /** A row as one line or more: its wrapping cells' lines side by side. */
    const rowLines = (row) => {
        const parts = row.map((cell, index) => (columns[index].wrap && textWidth(cell.text) > widths[index]
            ? wrapText(cell.text, widths[index]) : [cell.text]));
        const height = Math.max(1, ...parts.map((p) => p.length));
        return Array.from({ length: height }, (_, at) => line(row.map((cell, index) => ({ ...cell, text: parts[index][at] ?? '' })), true));
    };
    return [
        line(columns.map((column) => ({ text: column.header })), false),
        chalk.dim(widths.map((w) => '─'.repeat(w)).join(GAP)),
        ...cells.flatMap(rowLines),
    ];
}
