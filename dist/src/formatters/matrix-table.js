import { STANCE_LETTERS, cellLetters, matrixView } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
import { joinPieces } from './contract.js';
import { stanceStyle } from './terminal/colour.js';
import { chunk, pad, textWidth } from './terminal/width.js';
import { joinWrapped, wrapText } from './terminal/wrap.js';
/** Mark for a cell without records: keeps rows readable across wide, sparse pages. */
const EMPTY_CELL = '·';
/** The paragraph headings are repeated after this many rows (a 24-line terminal shows them). */
export const HEADER_EVERY = 15;
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
export function formatMatrixTable(matrix, options) {
    return joinPieces(matrixTablePieces(matrixView(matrix), options));
}
/** formatMatrixTable's text, a page at a time. */
export function* matrixTablePieces(matrix, options) {
    const { chalk, width = 80, counts = false } = options;
    if (matrix.rows.length === 0) {
        yield 'No stance records.\n';
        return;
    }
    const codeWidth = Math.max(1, ...matrix.rows.map((row) => textWidth(row.country)));
    // Each paragraph column costs one separator space plus its own width.
    const maxColumnWidth = Math.max(1, width - codeWidth - 1);
    const widths = Int32Array.from({ length: matrix.columnCount }, (_, column) => columnWidth(matrix, column, counts, maxColumnWidth));
    const pages = paginate(matrix, widths, width - codeWidth);
    for (const [pageIndex, page] of pages.entries()) {
        const title = pageTitle(matrix, page, pageIndex, pages.length);
        const lines = [
            ...wrapText(title, width).map((line) => chalk.bold(line)),
            ...renderPage(matrix, page, widths, { codeWidth, counts, maxColumnWidth }, chalk),
        ];
        yield (pageIndex > 0 ? '\n\n' : '') + lines.join('\n');
    }
    yield `\n\n${legend(chalk, counts, width)}\n`;
}
/** A column's paragraph heading, one word per line, a word wider than the page split across lines. */
function headerLines(column, maxWidth) {
    return column.paragraph.split(/\s+/).filter(Boolean).flatMap((word) => chunk(word, maxWidth));
}
/** The widest of a column's heading lines and cells. */
function columnWidth(matrix, column, counts, maxWidth) {
    let widest = Math.max(1, ...headerLines(matrix.column(column), maxWidth).map(textWidth));
    for (const { counts: cell } of matrix.columnCells(column))
        widest = Math.max(widest, textWidth(cellText(cell, counts)));
    return widest;
}
function cellText(cell, counts) {
    if (!counts)
        return cellLetters(cell);
    return STANCES.filter((stance) => cell[stance] > 0)
        .map((stance) => `${STANCE_LETTERS[stance]}${cell[stance]}`)
        .join('');
}
/** Packs columns greedily into pages of at most `room` columns of text; one file per page. */
function paginate(matrix, widths, room) {
    const pages = [];
    let used = 0;
    for (let column = 0; column < matrix.columnCount; column++) {
        const { file } = matrix.column(column);
        const cost = 1 + widths[column];
        const current = pages.at(-1);
        if (current && current.file === file && used + cost <= room) {
            current.end = column + 1;
            used += cost;
        }
        else {
            pages.push({ file, first: column, end: column + 1 });
            used = cost;
        }
    }
    return pages;
}
function pageTitle(matrix, page, index, total) {
    const first = matrix.column(page.first).paragraph;
    const last = matrix.column(page.end - 1).paragraph;
    const range = page.end - page.first === 1 ? `paragraph ${first}` : `paragraphs ${first} to ${last}`;
    const counter = total > 1 ? ` (${index + 1}/${total})` : '';
    const title = matrix.multiFile ? `${page.file}: ${range}` : capitalise(range);
    return title + counter;
}
function renderPage(matrix, page, widths, { codeWidth, counts, maxColumnWidth }, chalk) {
    const columns = Array.from({ length: page.end - page.first }, (_, offset) => page.first + offset);
    const headers = columns.map((column) => headerLines(matrix.column(column), maxColumnWidth));
    const headerHeight = Math.max(...headers.map((header) => header.length));
    const heading = [];
    for (let line = 0; line < headerHeight; line++) {
        const parts = columns.map((column, offset) => pad(headers[offset][line] ?? '', widths[column]));
        heading.push(`${' '.repeat(codeWidth)} ${parts.join(' ')}`.trimEnd());
    }
    const rule = [codeWidth, ...columns.map((column) => widths[column])].map((w) => '─'.repeat(w));
    heading.push(chalk.dim(rule.join(' ')));
    const lines = [...heading];
    // Only the delegations with a record on one of the page's paragraphs: their cells, by row.
    const cellsOf = new Map();
    for (const [offset, column] of columns.entries()) {
        for (const { index: row, counts: cell } of matrix.columnCells(column)) {
            let cells = cellsOf.get(row);
            if (!cells)
                cellsOf.set(row, (cells = new Array(columns.length)));
            cells[offset] = cell;
        }
    }
    const rows = [...cellsOf.keys()].sort((a, b) => a - b);
    if (rows.length === 0)
        lines.push(chalk.dim('(no records on these paragraphs)'));
    rows.forEach((row, shown) => {
        if (shown > 0 && shown % HEADER_EVERY === 0)
            lines.push(...heading);
        const cells = columns.map((column, offset) => {
            const cell = cellsOf.get(row)[offset];
            const text = cell ? cellText(cell, counts) : '';
            const styled = cell ? styleCell(chalk, cell, text) : chalk.dim(EMPTY_CELL);
            // Pad outside the colour codes so trimEnd and width arithmetic see plain spaces.
            return styled + ' '.repeat(widths[column] - textWidth(text || EMPTY_CELL));
        });
        lines.push(`${pad(matrix.rows[row].country, codeWidth)} ${cells.join(' ')}`.trimEnd());
    });
    return lines;
}
function styleCell(chalk, cell, text) {
    const stances = STANCES.filter((stance) => cell[stance] > 0);
    if (stances.length === 0)
        return chalk.dim(EMPTY_CELL);
    if (stances.length > 1)
        return chalk.bold(text);
    return stanceStyle(chalk, stances[0])(text);
}
function legend(chalk, counts, width) {
    const items = STANCES.map((stance) => ({
        plain: `${STANCE_LETTERS[stance]} ${stance}`,
        styled: `${stanceStyle(chalk, stance)(STANCE_LETTERS[stance])} ${stance}`,
    }));
    items.push(counts
        ? { plain: 'S2O1 = 2 support + 1 oppose', styled: `${chalk.bold('S2O1')} = 2 support + 1 oppose` }
        : { plain: 'SO mixed', styled: `${chalk.bold('SO')} mixed` });
    items.push({ plain: `${EMPTY_CELL} none`, styled: `${chalk.dim(EMPTY_CELL)} none` });
    return joinWrapped(items, '  ', width, 'Legend: ').join('\n');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
