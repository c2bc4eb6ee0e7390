import { STANCES } from '../types.js';
/** The cell letter of each stance, in the order letters are joined. */
export const STANCE_LETTERS = {
    support: 'S',
    oppose: 'O',
    delete: 'D',
    other: 'X',
};
/** The cell of a delegation with no record on a paragraph. */
const NO_RECORDS = Object.freeze({ support: 0, oppose: 0, delete: 0, other: 0 });
export function emptyCounts() {
    return { support: 0, oppose: 0, delete: 0, other: 0 };
}
/** `S`, `O`, `D`, `X`, joined in that fixed order when mixed (`SO`); `''` when the cell is empty. */
export function cellLetters(cell) {
    let letters = '';
    for (const stance of STANCES)
        if (cell[stance] > 0)
            letters += STANCE_LETTERS[stance];
    return letters;
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
    // Maps by file, then by paragraph: no key string made per paragraph (a draft may have 200,000).
    const paragraphOrder = new Map();
    // A footnote carries the ID of the paragraph its mark stands in (notation profiles): the first place counts.
    paragraphs.forEach((p, index) => {
        const inFile = mapIn(paragraphOrder, p.file);
        if (!inFile.has(p.id))
            inFile.set(p.id, index);
    });
    const files = [];
    const fileIndex = new Map();
    /** file -> paragraph -> its column once sorted (first its place among `pairs`). */
    const columnOf = new Map();
    const pairs = [];
    for (const record of records) {
        let inFile = columnOf.get(record.file);
        if (!inFile) {
            fileIndex.set(record.file, files.push(record.file) - 1);
            inFile = mapIn(columnOf, record.file);
        }
        if (inFile.has(record.paragraph))
            continue;
        inFile.set(record.paragraph, pairs.length);
        // Listed paragraphs come first in document order; unlisted ones keep their first appearance.
        const order = paragraphOrder.get(record.file)?.get(record.paragraph) ?? Number.MAX_SAFE_INTEGER;
        pairs.push({ file: record.file, paragraph: record.paragraph, fileIndex: fileIndex.get(record.file), order });
    }
    const multiFile = files.length > 1;
    // Stable: pairs of the same file and place keep their first appearance.
    pairs.sort((a, b) => a.fileIndex - b.fileIndex || a.order - b.order);
    const columns = pairs.map(({ file, paragraph }, index) => {
        columnOf.get(file).set(paragraph, index);
        return { key: multiFile ? `${file}:${paragraph}` : paragraph, file, paragraph };
    });
    const rowsByCountry = new Map();
    for (const record of records) {
        let row = rowsByCountry.get(record.country);
        if (!row) {
            row = { country: record.country, name: record.name, cells: new Array(columns.length).fill(NO_RECORDS) };
            rowsByCountry.set(record.country, row);
        }
        const column = columnOf.get(record.file).get(record.paragraph);
        // Empty cells share one frozen object: a wide matrix of few records holds few counts.
        if (row.cells[column] === NO_RECORDS)
            row.cells[column] = emptyCounts();
        row.cells[column][record.stance] += record.count ?? 1;
    }
    const rows = [...rowsByCountry.values()].sort((a, b) => compareCodes(a.country, b.country));
    return { files, multiFile, columns, rows };
}
/** The map under `key`, made when missing. */
function mapIn(maps, key) {
    let map = maps.get(key);
    if (!map)
        maps.set(key, (map = new Map()));
    return map;
}
/**
 * Records collapsed into tallies, one per file, paragraph, delegation and stance, in the order of
 * their first record: what buildMatrix and buildPositions make of them is what they make of the
 * records, and a long draft's hundreds of thousands of records become as many tallies as cells.
 */
export class StanceTallies {
    tallies = [];
    /** file -> paragraph -> its tallies: no key string made per record (a draft may have 400,000). */
    index = new Map();
    add(records) {
        for (const record of records) {
            const inFile = mapIn(this.index, record.file);
            const onParagraph = inFile.get(record.paragraph);
            // A paragraph has a tally for each delegation and stance at most: a short search.
            const tally = onParagraph?.find((t) => t.country === record.country && t.stance === record.stance);
            if (tally) {
                tally.count += 1;
                continue;
            }
            const { file, paragraph, country, name, stance } = record;
            const added = { file, paragraph, country, name, stance, count: 1 };
            // A list made with its first tally holds one slot, not the sixteen an empty list grows to.
            if (onParagraph)
                onParagraph.push(added);
            else
                inFile.set(record.paragraph, [added]);
            this.tallies.push(added);
        }
    }
}
