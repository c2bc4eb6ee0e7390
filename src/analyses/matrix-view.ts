/**
 * The stance matrix as its formatters read it: columns and rows in order, and the cells that hold
 * records, row by row or column by column. TallyMatrix reads the cells from a PositionTable and
 * holds a few bytes per cell with records, so a matrix of 200,000 paragraphs and 200 delegations
 * is written row by row or page by page without 40 million cells ever being made.
 */
import { PositionTable, type StanceCounts, type StanceTally } from './position-table.js';
import { compareCodes } from './positions.js';
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
  readonly rows: readonly { country: string; name: string }[];
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
export class TallyMatrix implements MatrixView {
  readonly files: readonly string[];
  readonly multiFile: boolean;
  readonly rows: readonly { country: string; name: string }[];
  private readonly table: PositionTable;
  /** Column -> the table's paragraph, and back; the table's delegation -> row. */
  private readonly paragraphOf: Int32Array;
  private readonly columnOf: Int32Array;
  private readonly rowOf: Int32Array;
  /** The entries of each row in column order, and of each column in row order: `starts` index `entries`. */
  private readonly byRow: Buckets;
  private readonly byColumn: Buckets;

  constructor(records: readonly StanceTally[] | PositionTable, paragraphs: readonly Pick<Paragraph, 'file' | 'id'>[] = []) {
    const table = records instanceof PositionTable ? records : tableOf(records);
    this.table = table;
    this.files = [...table.files];
    this.multiFile = table.multiFile;
    const paragraphOf = (this.paragraphOf = columnOrder(table, paragraphs));
    const columnOf = (this.columnOf = new Int32Array(table.paragraphCount));
    paragraphOf.forEach((paragraph, column) => (columnOf[paragraph] = column));

    const rowOrder = table.countries.map((_, country) => country).sort((a, b) => compareCodes(table.countries[a]!, table.countries[b]!));
    this.rows = rowOrder.map((country) => ({ country: table.countries[country]!, name: table.names[country]! }));
    const rowOf = (this.rowOf = new Int32Array(rowOrder.length));
    rowOrder.forEach((country, row) => (rowOf[country] = row));

    this.byRow = buckets(rowOrder.length, (visit) => {
      for (const paragraph of paragraphOf) {
        // An entry of no count (a tally of 0) holds no record: no cell.
        for (const entry of table.entriesOf(paragraph)) if (table.entryTotal(entry) > 0) visit(rowOf[table.entryCountry(entry)]!, entry);
      }
    });
    const inRowOrder = this.byRow.entries;
    this.byColumn = buckets(paragraphOf.length, (visit) => {
      for (const entry of inRowOrder) visit(columnOf[table.entryParagraph(entry)]!, entry);
    });
  }

  get columnCount(): number {
    return this.paragraphOf.length;
  }

  column(index: number): MatrixColumn {
    return this.table.paragraphRef(this.paragraphOf[index]!);
  }

  /** The column of a file's paragraph, undefined when it has no records. */
  findColumn(file: string, id: string): number | undefined {
    const paragraph = this.table.findParagraph(file, id);
    return paragraph === undefined ? undefined : this.columnOf[paragraph];
  }

  *rowCells(row: number): Generator<MatrixCell> {
    for (const entry of this.byRow.of(row)) yield { index: this.columnOf[this.table.entryParagraph(entry)]!, counts: this.table.entryCounts(entry) };
  }

  *columnCells(column: number): Generator<MatrixCell> {
    for (const entry of this.byColumn.of(column)) yield { index: this.rowOf[this.table.entryCountry(entry)]!, counts: this.table.entryCounts(entry) };
  }
}

/** The table's paragraphs in column order: by file, then by place in `paragraphs`, else by first record (a stable sort). */
function columnOrder(table: PositionTable, paragraphs: readonly Pick<Paragraph, 'file' | 'id'>[]): Int32Array {
  const count = table.paragraphCount;
  const order = new Float64Array(count).fill(Number.MAX_SAFE_INTEGER);
  // A footnote carries the ID of the paragraph its mark stands in (notation profiles): the first place counts.
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    const paragraph = table.findParagraph(paragraphs[index]!.file, paragraphs[index]!.id);
    if (paragraph !== undefined) order[paragraph] = index;
  }
  return Int32Array.from({ length: count }, (_, p) => p)
    .sort((a, b) => table.paragraphFileIndex(a) - table.paragraphFileIndex(b) || order[a]! - order[b]! || a - b);
}

/** Items in buckets: bucket `b`'s are `entries[starts[b]]` to `entries[starts[b + 1] - 1]`. */
class Buckets {
  constructor(readonly starts: Int32Array, readonly entries: Int32Array) {}

  of(bucket: number): Int32Array {
    return this.entries.subarray(this.starts[bucket]!, this.starts[bucket + 1]!);
  }
}

/**
 * Items put in `count` buckets, each bucket in the order `each` visits its items (a counting
 * sort): `each` is run twice, to count, then to place.
 */
function buckets(count: number, each: (visit: (bucket: number, item: number) => void) => void): Buckets {
  const starts = new Int32Array(count + 1);
  each((bucket) => (starts[bucket + 1] = starts[bucket + 1]! + 1));
  for (let bucket = 0; bucket < count; bucket++) starts[bucket + 1] = starts[bucket + 1]! + starts[bucket]!;
  const entries = new Int32Array(starts[count]!);
  const next = starts.slice(0, count);
  each((bucket, item) => {
    entries[next[bucket]!] = item;
    next[bucket] = next[bucket]! + 1;
  });
  return new Buckets(starts, entries);
}

function tableOf(records: readonly StanceTally[]): PositionTable {
  const table = new PositionTable();
  table.add(records);
  return table;
}
