import { type Paragraph, type Stance, type StanceRecord } from '../types.js';
/** How many records of each stance one delegation has on one paragraph. */
export type StanceCounts = Record<Stance, number>;
/**
 * What the matrix and the positions count: a record, or `count` records of one delegation and
 * stance on one paragraph (StanceTallies), so that a draft's many records need not all be held.
 */
export type StanceTally = Pick<StanceRecord, 'file' | 'paragraph' | 'country' | 'name' | 'stance'> & {
    count?: number;
};
/** One paragraph column of the matrix. */
export interface MatrixColumn {
    /** Unique column key: the paragraph ID, or `file:paragraph` when the matrix spans several files. */
    key: string;
    file: string;
    paragraph: string;
}
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
export declare function buildMatrix(records: readonly StanceTally[], paragraphs?: readonly Pick<Paragraph, 'file' | 'id'>[]): StanceMatrix;
/**
 * Records collapsed into tallies, one per file, paragraph, delegation and stance, in the order of
 * their first record: what buildMatrix and buildPositions make of them is what they make of the
 * records, and a long draft's hundreds of thousands of records become as many tallies as cells.
 */
export declare class StanceTallies {
    readonly tallies: StanceTally[];
    /** file -> paragraph -> its tallies: no key string made per record (a draft may have 400,000). */
    private readonly index;
    add(records: readonly StanceRecord[]): void;
}
