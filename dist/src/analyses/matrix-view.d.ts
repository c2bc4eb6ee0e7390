/**
 * The stance matrix as its formatters read it: columns and rows in order, and the cells that hold
 * records, row by row or column by column. TallyMatrix reads the cells from a PositionTable and
 * holds a few bytes per cell with records, so a matrix of 200,000 paragraphs and 200 delegations
 * is written row by row or page by page without 40 million cells ever being made.
 */
import { PositionTable, type StanceCounts, type StanceTally } from './position-table.js';
import type { Paragraph } from '../types.js';
/** One paragraph column of the matrix. */
export interface MatrixColumn {
    /** Unique column key: the paragraph ID, or `file:paragraph` when the matrix spans several files. */
    key: string;
    file: string;
    paragraph: string;
}
/** A cell that holds records: its column (reading a row) or its row (reading a column), and its counts. */
export interface MatrixCell {
    index: number;
    counts: StanceCounts;
}
export interface MatrixView {
    /** Input files in order of first appearance in the records. */
    readonly files: readonly string[];
    /** True when columns come from more than one file (their keys then carry the file). */
    readonly multiFile: boolean;
    readonly columnCount: number;
    column(index: number): MatrixColumn;
    /** Delegations, sorted by code. */
    readonly rows: readonly {
        country: string;
        name: string;
    }[];
    /** The cells of `row` that hold records, in column order. */
    rowCells(row: number): Iterable<MatrixCell>;
    /** The cells of `column` that hold records, in row order. */
    columnCells(column: number): Iterable<MatrixCell>;
}
/**
 * The matrix over a PositionTable. Columns follow the files in order of first record, then the
 * order of `paragraphs` within a file (a note or heading can put a record on a paragraph other
 * than the one it sits in); paragraphs missing from the list keep their first record's place.
 */
export declare class TallyMatrix implements MatrixView {
    readonly files: readonly string[];
    readonly multiFile: boolean;
    readonly rows: readonly {
        country: string;
        name: string;
    }[];
    private readonly table;
    /** Column -> the table's paragraph, and back; the table's delegation -> row. */
    private readonly paragraphOf;
    private readonly columnOf;
    private readonly rowOf;
    /** The entries of each row in column order, and of each column in row order: `starts` index `entries`. */
    private readonly byRow;
    private readonly byColumn;
    constructor(records: readonly StanceTally[] | PositionTable, paragraphs?: readonly Pick<Paragraph, 'file' | 'id'>[]);
    get columnCount(): number;
    column(index: number): MatrixColumn;
    /** The column of a file's paragraph, undefined when it has no records. */
    findColumn(file: string, id: string): number | undefined;
    rowCells(row: number): Generator<MatrixCell>;
    columnCells(column: number): Generator<MatrixCell>;
}
