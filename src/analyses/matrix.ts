import { STANCES, type Paragraph, type Stance } from '../types.js';
import { PositionTable, type StanceCounts, type StanceTally } from './position-table.js';

export type { StanceCounts, StanceTally } from './position-table.js';

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

/** Plain code-unit comparison, so row order never depends on the locale. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const table = records instanceof PositionTable ? records : tableOf(records);
  // Maps by file, then by paragraph: no key string made per paragraph (a draft may have 200,000).
  const paragraphOrder = new Map<string, Map<string, number>>();
  // A footnote carries the ID of the paragraph its mark stands in (notation profiles): the first place counts.
  paragraphs.forEach((p, index) => {
    const inFile = mapIn(paragraphOrder, p.file);
    if (!inFile.has(p.id)) inFile.set(p.id, index);
  });

  // The table's paragraphs and files come in order of first record. Listed paragraphs come first in
  // document order; unlisted ones keep their first appearance (a stable sort).
  const count = table.paragraphCount;
  const order = new Float64Array(count);
  for (let p = 0; p < count; p++) order[p] = paragraphOrder.get(table.paragraphFileName(p))?.get(table.paragraphId(p)) ?? Number.MAX_SAFE_INTEGER;
  const sorted = Array.from({ length: count }, (_, p) => p)
    .sort((a, b) => table.paragraphFileIndex(a) - table.paragraphFileIndex(b) || order[a]! - order[b]!);
  const columnOf = new Int32Array(count);
  const columns: MatrixColumn[] = sorted.map((p, column) => {
    columnOf[p] = column;
    return table.paragraphRef(p);
  });

  // Empty cells share one frozen object: a wide matrix of few records holds few counts.
  const rows: MatrixRow[] = table.countries.map((country, i) => ({ country, name: table.names[i]!, cells: new Array<StanceCounts>(columns.length).fill(NO_RECORDS) }));
  for (let entry = 0; entry < table.entryCount; entry++) {
    rows[table.entryCountry(entry)]!.cells[columnOf[table.entryParagraph(entry)]!] = table.entryCounts(entry);
  }
  return { files: [...table.files], multiFile: table.multiFile, columns, rows: rows.sort((a, b) => compareCodes(a.country, b.country)) };
}

function tableOf(records: readonly StanceTally[]): PositionTable {
  const table = new PositionTable();
  table.add(records);
  return table;
}

/** The map under `key`, made when missing. */
function mapIn<V>(maps: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = maps.get(key);
  if (!map) maps.set(key, (map = new Map()));
  return map;
}
