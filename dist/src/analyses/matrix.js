import { STANCES } from '../types.js';
/** The cell letter of each stance, in the order letters are joined. */
export const STANCE_LETTERS = {
    support: 'S',
    oppose: 'O',
    delete: 'D',
    other: 'X',
};
export function emptyCounts() {
    return { support: 0, oppose: 0, delete: 0, other: 0 };
}
/** `S`, `O`, `D`, `X`, joined in that fixed order when mixed (`SO`); `''` when the cell is empty. */
export function cellLetters(cell) {
    return STANCES.filter((stance) => cell[stance] > 0)
        .map((stance) => STANCE_LETTERS[stance])
        .join('');
}
export function cellTotal(cell) {
    return STANCES.reduce((sum, stance) => sum + cell[stance], 0);
}
/** Plain code-unit comparison, so row order never depends on the locale. */
function compareCodes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Builds the stance matrix: one row per delegation, one column per paragraph that has records.
 *
 * @example
 * ```ts
 * const { records, paragraphs } = parseDraft(text, { file: 'draft.txt' });
 * const matrix = buildMatrix(records, paragraphs);
 * ```
 *
 * Columns follow the files in order of first appearance, then document order within a file.
 * Records are ordered by position, but a note or heading can put a record on a paragraph
 * other than the one it sits in, so when `paragraphs` are given their order decides;
 * otherwise (and for paragraphs missing from the list) the first appearance in the records does.
 */
export function buildMatrix(records, paragraphs = []) {
    const paragraphOrder = new Map();
    // A footnote carries the ID of the paragraph its mark stands in (notation profiles): the first place counts.
    paragraphs.forEach((p, index) => {
        if (!paragraphOrder.has(pairKey(p.file, p.id)))
            paragraphOrder.set(pairKey(p.file, p.id), index);
    });
    const files = [];
    const firstSeen = new Map();
    for (const record of records) {
        if (!files.includes(record.file))
            files.push(record.file);
        const pair = pairKey(record.file, record.paragraph);
        if (!firstSeen.has(pair)) {
            firstSeen.set(pair, { file: record.file, paragraph: record.paragraph, seen: firstSeen.size });
        }
    }
    const multiFile = files.length > 1;
    const ordered = [...firstSeen.entries()].sort(([pairA, a], [pairB, b]) => {
        const byFile = files.indexOf(a.file) - files.indexOf(b.file);
        if (byFile !== 0)
            return byFile;
        // Listed paragraphs come first in document order; unlisted ones keep their first appearance.
        const orderA = paragraphOrder.get(pairA) ?? Number.MAX_SAFE_INTEGER;
        const orderB = paragraphOrder.get(pairB) ?? Number.MAX_SAFE_INTEGER;
        return orderA - orderB || a.seen - b.seen;
    });
    const columns = ordered.map(([, { file, paragraph }]) => ({
        key: multiFile ? `${file}:${paragraph}` : paragraph,
        file,
        paragraph,
    }));
    const columnIndex = new Map(ordered.map(([pair], index) => [pair, index]));
    const rowsByCountry = new Map();
    for (const record of records) {
        let row = rowsByCountry.get(record.country);
        if (!row) {
            row = { country: record.country, name: record.name, cells: columns.map(emptyCounts) };
            rowsByCountry.set(record.country, row);
        }
        row.cells[columnIndex.get(pairKey(record.file, record.paragraph))][record.stance] += 1;
    }
    const rows = [...rowsByCountry.values()].sort((a, b) => compareCodes(a.country, b.country));
    return { files, multiFile, columns, rows };
}
/** Internal map key for a (file, paragraph) pair; NUL cannot occur in either part. */
function pairKey(file, paragraph) {
    return `${file}\u0000${paragraph}`;
}
