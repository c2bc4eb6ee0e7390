import { type Paragraph, type Stance } from '../types.js';
import { type MatrixColumn, type MatrixView } from './matrix-view.js';
import type { PositionTable, StanceCounts, StanceTally } from './position-table.js';
export type { StanceCounts, StanceTally } from './position-table.js';
export type { MatrixColumn } from './matrix-view.js';
/** One delegation row; `cells[i]` belongs to `columns[i]` of the matrix. */
export interface MatrixRow {
    /** Canonical delegation code. */
    country: string;
    name: string;
    cells: StanceCounts[];
}
/** The stance matrix buildMatrix returns: one row per delegation, one column per paragraph, each cell the delegation's stance counts there. */
export interface StanceMatrix {
    /** Input files in order of first appearance in the records. */
    files: string[];
    /** True when columns come from more than one file (their keys then carry the file). */
    multiFile: boolean;
    columns: MatrixColumn[];
    /** Sorted by code. */
    rows: MatrixRow[];
}
/** The cell letter of each stance, in the order letters are joined. */
export declare const STANCE_LETTERS: Readonly<Record<Stance, string>>;
export declare function emptyCounts(): StanceCounts;
/** `S`, `O`, `D`, `X`, joined in that fixed order when mixed (`SO`); `''` when the cell is empty. */
export declare function cellLetters(cell: StanceCounts): string;
export declare function cellTotal(cell: StanceCounts): number;
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
export declare function buildMatrix(records: readonly StanceTally[] | PositionTable, paragraphs?: readonly Pick<Paragraph, 'file' | 'id'>[]): StanceMatrix;
/** A StanceMatrix as its formatters read it. */
export declare function matrixView(matrix: StanceMatrix): MatrixView;
