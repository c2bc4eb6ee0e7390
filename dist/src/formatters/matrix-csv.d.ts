import { type StanceMatrix } from '../analyses/matrix.js';
import type { MatrixView } from '../analyses/matrix-view.js';
export interface MatrixCsvOptions {
    /** One numeric column per stance and paragraph (`OP1:support`, …) instead of letter cells. */
    counts?: boolean;
}
/**
 * The stance matrix as CSV: `country,name,<one column per paragraph>`, one row per delegation.
 * Cells hold the stance letters (`S`, `SO`, empty); with `counts`, each paragraph becomes four
 * columns `<key>:support`, `<key>:oppose`, `<key>:delete`, `<key>:other` holding numbers.
 * Column keys are `file:paragraph` when the matrix spans several files.
 */
export declare function formatMatrixCsv(matrix: StanceMatrix, options?: MatrixCsvOptions): string;
/** formatMatrixCsv's text, some cells of a row at a time. */
export declare function matrixCsvPieces(matrix: MatrixView, options?: MatrixCsvOptions): Generator<string>;
