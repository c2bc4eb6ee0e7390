/**
 * The records and the stance matrix as an Excel workbook (exceljs): a Records sheet of typed
 * cells (numbers for line and column, booleans for struck, text as text: never a formula, so
 * no formula guard), with a frozen header row and an autofilter; a Matrix sheet coloured as the
 * terminal heatmap, the stance letters kept, with its legend below. What a worksheet cannot hold
 * (1,048,576 rows, 16,384 columns) goes on to more sheets of the same kind: `Records 2`, `Matrix 2`.
 * Rows are written as they are made (exceljs's streaming writer), not held as a model of cells.
 *
 * The bytes are the same on every run and every Node: the workbook's creation and modification
 * dates are fixed (FIXED_DATE), and its zip is WorkbookZip's. Loaded only when `--format xlsx` is
 * asked for: the library's formats (and its browser bundle) never carry exceljs.
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellLetters, STANCE_LETTERS } from '../analyses/matrix.js';
import { TallyMatrix, type MatrixCell, type MatrixView } from '../analyses/matrix-view.js';
import { RECORD_COLUMNS, STANCES, type Stance, type StanceRecord } from '../types.js';
import type { BinaryFormatter, FormatContext } from './contract.js';
import type { MatrixInput, RecordsResult } from './registry.js';
import { WorkbookZip } from './workbook-zip.js';

/** The workbook's creation and modification dates: 1980-01-01, as its zip entries'. */
export const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** Fill and font colour of each stance: the terminal's green, red, yellow and magenta, as light fills with dark letters. */
export const STANCE_FILLS: Readonly<Record<Stance, { fill: string; font: string }>> = {
  support: { fill: 'FFC6EFCE', font: 'FF006100' },
  oppose: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  delete: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  other: { fill: 'FFEBD1F5', font: 'FF7030A0' },
};

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };

const COLUMN_WIDTHS: Partial<Record<(typeof RECORD_COLUMNS)[number], number>> = {
  file: 24, paragraph: 12, country: 9, name: 28, stance: 9, label: 16, raw: 6, line: 7, column: 8, struck: 8, excerpt: 80,
};

const ZIP = Symbol('workbook zip');

/**
 * exceljs's streaming writer with a WorkbookZip for its archiver: the writer's constructor opens
 * the archiver as `this.zip`, and a setter here keeps a WorkbookZip there instead.
 */
class FixedBytesWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {}
Object.defineProperty(FixedBytesWorkbookWriter.prototype, 'zip', {
  get(this: { [ZIP]?: WorkbookZip }) {
    return (this[ZIP] ??= new WorkbookZip());
  },
  set(_archiver: unknown) {},
});

/**
 * A workbook written row by row as its rows are committed, and its bytes once every sheet is
 * added. Each string is written in its cell: a table of shared strings would hold every distinct
 * string to the end, then make its XML as one (200,000 paragraphs: some 100 MB more).
 */
export function newWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; bytes: () => Promise<readonly Uint8Array[]> } {
  const chunks: Uint8Array[] = [];
  const stream = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new FixedBytesWorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'kyoto-parse';
  workbook.lastModifiedBy = 'kyoto-parse';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const bytes = async () => {
    await workbook.commit();
    return chunks;
  };
  return { workbook, bytes };
}

/**
 * Commits `row` and lets the writer finish writing it: exceljs's writer finishes each write in a
 * promise's continuation, holding what it wrote until then, so a loop that never awaits would
 * hold the whole sheet.
 */
export async function commitRow(row: ExcelJS.Row): Promise<void> {
  row.commit();
  await undefined;
}

/**
 * Commits `sheet` and lets go of its columns: exceljs's writer keeps a Column for every column
 * a cell was written in, for as long as the workbook, though a committed sheet never reads them
 * (16,384 on each Matrix sheet: over 200,000 paragraphs, some 40 MB). `_columns` is not exceljs's
 * public API; where it is not found, nothing is let go.
 */
export function commitSheet(sheet: ExcelJS.Worksheet): void {
  sheet.commit();
  const writer = sheet as unknown as { _columns?: unknown };
  if (Array.isArray(writer._columns)) writer._columns = null;
}

/** What one worksheet holds at most (Excel's limits, which exceljs enforces for columns). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** `count` items cut into runs of at most `perSheet`, each with its sheet's name: `Records`, `Records 2`… (one sheet, maybe empty, for none). */
function sheetsOf(name: string, count: number, perSheet: number): { name: string; first: number; end: number }[] {
  const sheets = [];
  for (let first = 0, n = 1; first < count || n === 1; first += perSheet, n++) {
    sheets.push({ name: n === 1 ? name : `${name} ${n}`, first, end: Math.min(count, first + perSheet) });
  }
  return sheets;
}

/**
 * An empty text as no cell: a cell's text is written in it (newWorkbook), and an empty one would be
 * a cell whose text is missing; a blank reads as the empty field it is.
 */
const blankIfEmpty = <T>(value: T): T | null => (value === '' ? null : value);

/**
 * The Records sheets, written as the records come: RECORD_COLUMNS as the records CSV has them,
 * each cell of its own type, under a header row; a full sheet is committed and the next begun.
 */
class RecordsSheets {
  private sheet: ExcelJS.Worksheet | undefined;
  private rows = 0;
  private sheets = 0;

  constructor(private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.begin();
  }

  async add(records: readonly StanceRecord[]): Promise<void> {
    for (const record of records) {
      if (this.rows === SHEET_ROWS - 1) {
        this.end();
        this.begin();
      }
      await commitRow(this.sheet!.addRow(RECORD_COLUMNS.map((column) => blankIfEmpty(record[column]))));
      this.rows++;
    }
  }

  /** Commits the sheet, its filter over the rows it holds (written after them, so known only now). */
  end(): void {
    const sheet = this.sheet!;
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, this.rows + 1), column: RECORD_COLUMNS.length } };
    commitSheet(sheet);
  }

  private begin(): void {
    this.sheets++;
    const sheet = this.workbook.addWorksheet(this.sheets === 1 ? 'Records' : `Records ${this.sheets}`, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = RECORD_COLUMNS.map((column) => ({ header: column, key: column, width: COLUMN_WIDTHS[column] ?? 12 }));
    sheet.getRow(1).font = HEADER_FONT;
    sheet.getRow(1).commit();
    this.sheet = sheet;
    this.rows = 0;
  }
}

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function styleStance(cell: ExcelJS.Cell, stance: Stance): void {
  cell.fill = solid(STANCE_FILLS[stance].fill);
  cell.font = { color: { argb: STANCE_FILLS[stance].font } };
}

/**
 * The Matrix sheets: `country, name, <one column per paragraph>` as `matrix --format csv` has it
 * (letters, or with `counts` four number columns per paragraph), each cell filled in its
 * stance's colour, mixed cells bold; the legend two rows below the last delegation. Paragraphs
 * past a sheet's 16,384 columns go on to the next sheet, after the same code and name columns.
 */
async function addMatrixSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, matrix: MatrixView, counts: boolean): Promise<void> {
  const perColumn = counts ? STANCES.length : 1;
  for (const { name, first, end } of sheetsOf('Matrix', matrix.columnCount, Math.floor((SHEET_COLUMNS - 2) / perColumn))) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    const headers: string[] = [];
    for (let column = first; column < end; column++) {
      const { key } = matrix.column(column);
      if (counts) for (const stance of STANCES) headers.push(`${key}:${stance}`);
      else headers.push(key);
    }
    sheet.getColumn(1).width = 9;
    sheet.getColumn(2).width = 28;
    const header = sheet.addRow(['country', 'name', ...headers]);
    header.font = HEADER_FONT;
    await commitRow(header);
    for (const [rowIndex, row] of matrix.rows.entries()) {
      // An empty cell is no cell (a blank to the spreadsheet), or four zeros with counts. A hole,
      // not null: exceljs makes a cell of every element but a missing one.
      const length = 2 + (end - first) * perColumn;
      const values: (string | number)[] = counts ? new Array<number>(length).fill(0) : new Array<string>(length);
      [values[0], values[1]] = [row.country, row.name];
      const held: MatrixCell[] = [];
      for (const cell of matrix.rowCells(rowIndex)) {
        if (cell.index < first || cell.index >= end) continue;
        held.push(cell);
        const at = 2 + (cell.index - first) * perColumn;
        if (counts) STANCES.forEach((stance, offset) => (values[at + offset] = cell.counts[stance]));
        else values[at] = cellLetters(cell.counts);
      }
      const added = sheet.addRow(values);
      for (const { index, counts: cell } of held) {
        const at = 3 + (index - first) * perColumn;
        if (counts) {
          STANCES.forEach((stance, offset) => {
            if (cell[stance] > 0) styleStance(added.getCell(at + offset), stance);
          });
          continue;
        }
        const present = STANCES.filter((stance) => cell[stance] > 0);
        if (present.length === 1) styleStance(added.getCell(at), present[0]!);
        else added.getCell(at).font = { bold: true };
        added.getCell(at).alignment = { horizontal: 'center' };
      }
      await commitRow(added);
    }
    addLegend(sheet, matrix.rows.length + 3, counts);
    commitSheet(sheet);
  }
}

/** The legend, as the terminal's: each stance's letter in its colour, then mixed and empty cells. */
function addLegend(sheet: ExcelJS.Worksheet, first: number, counts: boolean): void {
  sheet.getCell(first, 1).value = 'Legend';
  sheet.getCell(first, 1).font = HEADER_FONT;
  STANCES.forEach((stance, index) => {
    const letter = sheet.getCell(first + 1 + index, 1);
    letter.value = counts ? 1 : STANCE_LETTERS[stance];
    styleStance(letter, stance);
    sheet.getCell(first + 1 + index, 2).value = counts ? `a count of ${stance} records` : stance;
  });
  const mixed = sheet.getCell(first + 1 + STANCES.length, 1);
  mixed.value = counts ? 'S2O1' : 'SO';
  mixed.font = { bold: true };
  sheet.getCell(first + 1 + STANCES.length, 2).value = counts ? 'a paragraph of mixed stances colours each count' : 'mixed (bold)';
  sheet.getCell(first + 2 + STANCES.length, 2).value = 'empty: none';
}

const matrixOf = (result: MatrixInput): MatrixView => new TallyMatrix(result.records, result.paragraphs);

/** The main command's `--format xlsx` of records held: the Records sheets, then the Matrix sheets. */
export const recordsWorkbook: BinaryFormatter<RecordsResult> = (result, context: FormatContext) =>
  recordsWorkbookAsRead(async (see) => {
    await see(result.records);
    return result;
  }, context);

/**
 * A reading that hands its records to `see` as they come, then gives the matrix's tallies: the
 * records workbook is written as the files are read, holding no record.
 */
export type RecordsReading = (see: (records: readonly StanceRecord[]) => Promise<void>) => Promise<MatrixInput>;

/**
 * The main command's `--format xlsx`: the Records sheets (each continued on more past a sheet's
 * rows), written as the records come, then the Matrix sheets from the tallies.
 */
export const recordsWorkbookAsRead: BinaryFormatter<RecordsReading> = async (read, { counts }: FormatContext) => {
  const { workbook, bytes } = newWorkbook();
  const records = new RecordsSheets(workbook);
  const tallies = await read((some) => records.add(some));
  records.end();
  await addMatrixSheets(workbook, matrixOf(tallies), counts);
  return bytes();
};

/** `matrix --format xlsx`: the Matrix sheet (continued on more sheets past 16,384 columns), from the tallies as the other matrix formats. */
export const matrixWorkbook: BinaryFormatter<MatrixInput> = async (result, { counts }: FormatContext) => {
  const { workbook, bytes } = newWorkbook();
  await addMatrixSheets(workbook, matrixOf(result), counts);
  return bytes();
};
