import { stringify } from 'csv-stringify/sync';
import { cellLetters, matrixView } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
import { joinPieces } from './contract.js';
import { csvOptions } from './csv-options.js';
/**
 * The stance matrix as CSV: `country,name,<one column per paragraph>`, one row per delegation.
 * Cells hold the stance letters (`S`, `SO`, empty); with `counts`, each paragraph becomes four
 * columns `<key>:support`, `<key>:oppose`, `<key>:delete`, `<key>:other` holding numbers.
 * Column keys are `file:paragraph` when the matrix spans several files.
 */
export function formatMatrixCsv(matrix, options = {}) {
    return joinPieces(matrixCsvPieces(matrixView(matrix), options));
}
/** formatMatrixCsv's text, some cells of a row at a time. */
export function* matrixCsvPieces(matrix, options = {}) {
    const { counts = false } = options;
    const perColumn = counts ? STANCES.length : 1;
    const cellCount = 2 + matrix.columnCount * perColumn;
    const stanceAt = (cell) => STANCES[(cell - 2) % perColumn];
    const columnAt = (cell) => Math.floor((cell - 2) / perColumn);
    yield* csvLine(cellCount, (cell) => {
        if (cell < 2)
            return cell === 0 ? 'country' : 'name';
        const { key } = matrix.column(columnAt(cell));
        return counts ? `${key}:${stanceAt(cell)}` : key;
    });
    for (const [row, { country, name }] of matrix.rows.entries()) {
        // The row's cells with records, in column order, met as the line's cells are asked for in turn.
        const held = matrix.rowCells(row)[Symbol.iterator]();
        let next = held.next();
        yield* csvLine(cellCount, (cell) => {
            if (cell < 2)
                return cell === 0 ? country : name;
            const column = columnAt(cell);
            while (!next.done && next.value.index < column)
                next = held.next();
            if (next.done || next.value.index !== column)
                return counts ? 0 : '';
            return counts ? next.value.counts[stanceAt(cell)] : cellLetters(next.value.counts);
        });
    }
}
/**
 * Cells written at a time: a whole line of 200,000 cells would keep its garbage alive long enough
 * for V8 to move it to the old generation, which then grows by hundreds of megabytes.
 */
const CELLS_AT_ONCE = 4096;
/** One CSV line of `count` cells, `cellAt` asked for each in order; a field is quoted alone, so a line may be written in parts. */
function* csvLine(count, cellAt) {
    for (let first = 0; first < count; first += CELLS_AT_ONCE) {
        const cells = Array.from({ length: Math.min(CELLS_AT_ONCE, count - first) }, (_, offset) => cellAt(first + offset));
        // Paragraph IDs and names come from the input; keep a spreadsheet from evaluating them.
        const text = stringify([cells], csvOptions(true));
        yield (first > 0 ? ',' : '') + text.slice(0, -1);
    }
    yield '\n';
}
