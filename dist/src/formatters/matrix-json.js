import { cellLetters, cellTotal } from '../analyses/matrix.js';
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
    const { counts = false } = options;
    const output = {
        paragraphs: matrix.columns.map(({ file, paragraph }) => ({ file, paragraph })),
        delegations: matrix.rows.map((row) => {
            const cells = {};
            row.cells.forEach((cell, index) => {
                if (cellTotal(cell) === 0)
                    return;
                cells[matrix.columns[index].key] = counts ? { ...cell } : cellLetters(cell);
            });
            return { country: row.country, name: row.name, cells };
        }),
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}
