import { STANCES, type Paragraph, type Stance } from '../types.js';
import { TallyMatrix, type MatrixCell, type MatrixColumn, type MatrixView } from './matrix-view.js';
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
export const STANCE_LETTERS: Readonly<Record<Stance, string>> = {
  support: 'S',
  oppose: 'O',
  delete: 'D',
  other: 'X',
};

/** The cell of a delegation with no record on a paragraph. */
const NO_RECORDS: Readonly<StanceCounts> = Object.freeze({ support: 0, oppose: 0, delete: 0, other: 0 });

export function emptyCounts(): StanceCounts {
  return { support: 0, oppose: 0, delete: 0, other: 0 };
}

/** `S`, `O`, `D`, `X`, joined in that fixed order when mixed (`SO`); `''` when the cell is empty. */
export function cellLetters(cell: StanceCounts): string {
  let letters = '';
  for (const stance of STANCES) if (cell[stance] > 0) letters += STANCE_LETTERS[stance];
  return letters;
}

export function cellTotal(cell: StanceCounts): number {
  return STANCES.reduce((sum, stance) => sum + cell[stance], 0);
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
export function buildMatrix(records: readonly StanceTally[] | PositionTable, paragraphs: readonly Pick<Paragraph, 'file' | 'id'>[] = []): StanceMatrix {
  const view = new TallyMatrix(records, paragraphs);
  const columns = Array.from({ length: view.columnCount }, (_, index) => view.column(index));
  // Empty cells share one frozen object: a wide matrix of few records holds few counts.
  const rows = view.rows.map(({ country, name }, row) => {
    const cells = new Array<StanceCounts>(columns.length).fill(NO_RECORDS);
    for (const { index, counts } of view.rowCells(row)) cells[index] = counts;
    return { country, name, cells };
  });
  return { files: [...view.files], multiFile: view.multiFile, columns, rows };
}

/** A StanceMatrix as its formatters read it. */
export function matrixView(matrix: StanceMatrix): MatrixView {
  const held = (cell: StanceCounts) => cellTotal(cell) > 0;
  return {
    files: matrix.files,
    multiFile: matrix.multiFile,
    columnCount: matrix.columns.length,
    column: (index) => matrix.columns[index]!,
    rows: matrix.rows,
    *rowCells(row): Generator<MatrixCell> {
      const { cells } = matrix.rows[row]!;
      for (let index = 0; index < cells.length; index++) if (held(cells[index]!)) yield { index, counts: cells[index]! };
    },
    *columnCells(column): Generator<MatrixCell> {
      for (let index = 0; index < matrix.rows.length; index++) {
        const cell = matrix.rows[index]!.cells[column]!;
        if (held(cell)) yield { index, counts: cell };
      }
    },
  };
}
