import { cellLetters, matrixView } from '../analyses/matrix.js';
import { objectPieces, StreamedJson, streamedArray } from '../util/streamed-json.js';
import { joinPieces } from './contract.js';
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
export function formatMatrixJson(matrix, options = {}) {
    return joinPieces(matrixJsonPieces(matrixView(matrix), options));
}
/** Paragraphs given to StreamedJson at a time: one call per paragraph would cost more than it carries. */
const PARAGRAPHS_AT_ONCE = 1024;
/** Where a delegation's cells go in its text. */
const CELLS = '\u0000cells\u0000';
const CELLS_TEXT = JSON.stringify(CELLS);
/** formatMatrixJson's text, some paragraphs or a delegation at a time. */
export function* matrixJsonPieces(matrix, options = {}) {
    const { counts = false } = options;
    const document = new StreamedJson({ paragraphs: streamedArray('paragraphs'), delegations: streamedArray('delegations') });
    for (let first = 0; first < matrix.columnCount; first += PARAGRAPHS_AT_ONCE) {
        const paragraphs = [];
        for (let column = first; column < Math.min(first + PARAGRAPHS_AT_ONCE, matrix.columnCount); column++) {
            const { file, paragraph } = matrix.column(column);
            paragraphs.push({ file, paragraph });
        }
        yield document.items(paragraphs, 'paragraphs');
    }
    for (const [row, { country, name }] of matrix.rows.entries()) {
        // The delegation's text up to its cells, its cells a member at a time (there may be 200,000), then the rest.
        const text = document.items([{ country, name, cells: CELLS }], 'delegations');
        const at = text.lastIndexOf(CELLS_TEXT);
        yield text.slice(0, at);
        const cells = function* () {
            for (const { index, counts: cell } of matrix.rowCells(row))
                yield [matrix.column(index).key, counts ? { ...cell } : cellLetters(cell)];
        };
        yield* objectPieces(cells, /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))[0]);
        yield text.slice(at + CELLS_TEXT.length);
    }
    yield document.end();
}
