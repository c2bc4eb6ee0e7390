import { stringify } from 'csv-stringify/sync';
import { cellLetters } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
import { csvOptions } from './csv-options.js';
/**
 * The stance matrix as CSV: `country,name,<one column per paragraph>`, one row per delegation.
 * Cells hold the stance letters (`S`, `SO`, empty); with `counts`, each paragraph becomes four
 * columns `<key>:support`, `<key>:oppose`, `<key>:delete`, `<key>:other` holding numbers.
 * Column keys are `file:paragraph` when the matrix spans several files.
 */
export function formatMatrixCsv(matrix, options = {}) {
    const { counts = false } = options;
    const paragraphHeaders = counts
        ? matrix.columns.flatMap((column) => STANCES.map((stance) => `${column.key}:${stance}`))
        : matrix.columns.map((column) => column.key);
    const rows = matrix.rows.map((row) => [
        row.country,
        row.name,
        ...(counts
            ? row.cells.flatMap((cell) => STANCES.map((stance) => cell[stance]))
            : row.cells.map(cellLetters)),
    ]);
    // Paragraph IDs and names come from the input; keep a spreadsheet from evaluating them.
    return stringify([['country', 'name', ...paragraphHeaders], ...rows], csvOptions(true));
}
