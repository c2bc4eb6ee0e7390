import { type StanceMatrix } from '../analyses/matrix.js';
import type { MatrixView } from '../analyses/matrix-view.js';
export interface MatrixJsonOptions {
    /** Cells as `{ support, oppose, delete, other }` counts instead of letters. */
    counts?: boolean;
}
/**
 * The stance matrix as pretty JSON (2-space indent, trailing newline):
 *
 * ```
 * {
 *   "paragraphs": [{ "file": "draft.txt", "paragraph": "OP1" }, ...],
 *   "delegations": [
 *     { "country": "GBR", "name": "United Kingdom",
 *       "cells": { "OP1": "SO", ... } }            // or { "OP1": { "support": 1, "oppose": 1, "delete": 0, "other": 0 } }
 *   ]
 * }
 * ```
 *
 * `paragraphs` lists the columns in order. Cell keys are the column keys: the paragraph ID,
 * or `file:paragraph` when the matrix spans several files. Cells are sparse: a paragraph on
 * which the delegation took no stance has no entry.
 */
export declare function formatMatrixJson(matrix: StanceMatrix, options?: MatrixJsonOptions): string;
/** formatMatrixJson's text, some paragraphs or a delegation at a time. */
export declare function matrixJsonPieces(matrix: MatrixView, options?: MatrixJsonOptions): Generator<string>;
