import { STANCE_LETTERS, cellLetters, } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
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
    const { chalk, width = 80, counts = false } = options;
    if (matrix.rows.length === 0)
        return 'No stance records.\n';
    const codeWidth = Math.max(1, ...matrix.rows.map((row) => textWidth(row.country)));
    // Each paragraph column costs one separator space plus its own width.
    const maxColumnWidth = Math.max(1, width - codeWidth - 1);
    const layouts = matrix.columns.map((column, index) => layoutColumn(column, matrix.rows.map((row) => row.cells[index]), counts, maxColumnWidth));
    const pages = paginate(matrix, layouts, width - codeWidth);
    const blocks = pages.map((page, pageIndex) => {
        const title = pageTitle(matrix, page, pageIndex, pages.length);
        return [
            ...wrapText(title, width).map((line) => chalk.bold(line)),
            ...renderPage(matrix, page, layouts, codeWidth, chalk),
        ].join('\n');
    });
    blocks.push(legend(chalk, counts, width));
    return `${blocks.join('\n\n')}\n`;
}
function layoutColumn(column, cells, counts, maxWidth) {
    const header = column.paragraph.split(/\s+/).filter(Boolean).flatMap((word) => chunk(word, maxWidth));
    const texts = cells.map((cell) => cellText(cell, counts));
    const width = Math.max(1, ...header.map(textWidth), ...texts.map(textWidth));
    return { width, header, cells: texts };
}
function cellText(cell, counts) {
    if (!counts)
        return cellLetters(cell);
    return STANCES.filter((stance) => cell[stance] > 0)
        .map((stance) => `${STANCE_LETTERS[stance]}${cell[stance]}`)
        .join('');
}
/** Packs columns greedily into pages of at most `room` columns of text; one file per page. */
function paginate(matrix, layouts, room) {
    const pages = [];
    let used = 0;
    matrix.columns.forEach((column, index) => {
        const cost = 1 + layouts[index].width;
        const current = pages.at(-1);
        if (current && current.file === column.file && used + cost <= room) {
            current.columns.push(index);
            used += cost;
        }
        else {
            pages.push({ file: column.file, columns: [index] });
            used = cost;
        }
    });
    return pages;
}
function pageTitle(matrix, page, index, total) {
    const first = matrix.columns[page.columns[0]].paragraph;
    const last = matrix.columns[page.columns.at(-1)].paragraph;
    const range = page.columns.length === 1 ? `paragraph ${first}` : `paragraphs ${first} to ${last}`;
    const counter = total > 1 ? ` (${index + 1}/${total})` : '';
    const title = matrix.multiFile ? `${page.file}: ${range}` : capitalise(range);
    return title + counter;
}
function renderPage(matrix, page, layouts, codeWidth, chalk) {
    const pageLayouts = page.columns.map((index) => layouts[index]);
    const headerHeight = Math.max(...pageLayouts.map((layout) => layout.header.length));
    const heading = [];
    for (let line = 0; line < headerHeight; line++) {
        const parts = pageLayouts.map((layout) => pad(layout.header[line] ?? '', layout.width));
        heading.push(`${' '.repeat(codeWidth)} ${parts.join(' ')}`.trimEnd());
    }
    const rule = [codeWidth, ...pageLayouts.map((layout) => layout.width)].map((w) => '─'.repeat(w));
    heading.push(chalk.dim(rule.join(' ')));
    const lines = [...heading];
    // Only the delegations with a record on one of the page's paragraphs.
    const rows = matrix.rows
        .map((row, rowIndex) => ({ row, rowIndex }))
        .filter(({ row }) => page.columns.some((index) => STANCES.some((stance) => row.cells[index][stance] > 0)));
    if (rows.length === 0)
        lines.push(chalk.dim('(no records on these paragraphs)'));
    rows.forEach(({ row, rowIndex }, shown) => {
        if (shown > 0 && shown % HEADER_EVERY === 0)
            lines.push(...heading);
        const cells = page.columns.map((columnIndex) => {
            const text = layouts[columnIndex].cells[rowIndex];
            const styled = styleCell(chalk, row.cells[columnIndex], text);
            // Pad outside the colour codes so trimEnd and width arithmetic see plain spaces.
            return styled + ' '.repeat(layouts[columnIndex].width - textWidth(text || EMPTY_CELL));
        });
        lines.push(`${pad(row.country, codeWidth)} ${cells.join(' ')}`.trimEnd());
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
