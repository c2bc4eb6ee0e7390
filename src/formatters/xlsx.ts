/**
 * The records and the stance matrix as an Excel workbook (exceljs): a Records sheet of typed
 * cells (numbers for line and column, booleans for struck, text as text: never a formula, so
 * no formula guard), with a frozen header row and an autofilter; a Matrix sheet coloured as the
 * terminal heatmap, the stance letters kept, with its legend below. What a worksheet cannot hold
 * (1,048,576 rows, 16,384 columns) goes on to more sheets of the same kind: `Records 2`, `Matrix 2`.
 * Rows are written as they are made (exceljs's streaming writer), not held as a model of cells.
 *
 * The bytes are the same on every run: the workbook's creation and modification dates and every
 * zip entry's date are fixed (FIXED_DATE). Loaded only when `--format xlsx` is asked for: the
 * library's formats (and its browser bundle) never carry exceljs.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellLetters, STANCE_LETTERS } from '../analyses/matrix.js';
import { TallyMatrix, type MatrixCell, type MatrixView } from '../analyses/matrix-view.js';
import { RECORD_COLUMNS, STANCES, type Stance, type StanceRecord } from '../types.js';
import type { BinaryFormatter, FormatContext } from './contract.js';
import type { MatrixInput, RecordsResult } from './registry.js';

/** The workbook's dates and its zip entries' dates: 1980-01-01, the earliest a zip entry can carry. */
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

/**
 * A workbook written row by row as its rows are committed (exceljs's streaming writer), and its
 * bytes once every sheet is added, every date fixed: exceljs dates its zip entries now, so the zip
 * is written again with FIXED_DATE.
 */
function newWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; bytes: () => Promise<Uint8Array> } {
  const chunks: Uint8Array[] = [];
  const stream = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'kyoto-parse';
  workbook.lastModifiedBy = 'kyoto-parse';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const bytes = async () => {
    await workbook.commit();
    const zip = await JSZip.loadAsync(Buffer.concat(chunks));
    chunks.length = 0;
    const again = new JSZip();
    // In exceljs's order: [Content_Types].xml first, as readers that stream a zip expect.
    for (const name of Object.keys(zip.files)) {
      const entry = zip.files[name]!;
      if (entry.dir) continue;
      again.file(name, entry.nodeStream(), { date: FIXED_DATE, createFolders: false });
    }
    return again.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  };
  return { workbook, bytes };
}

/**
 * How much of a sheet's XML may wait for the zip. exceljs hands each committed row to the zip
 * without waiting for it, and the zip's deflate runs off the main thread: rows written in one
 * loop that never yields would wait there all together, the whole sheet (200,000 records: 60 MB).
 */
export const WAITING_XML_BYTES = 4 * 1024 * 1024;

type ZipEntry = NodeJS.EventEmitter & { _writableState?: { length?: unknown; finished?: unknown } };

/**
 * The zip's entry for the sheet, where its XML waits: the stream exceljs pipes the sheet's stream
 * (`_stream`) to. Neither is exceljs's public API: with a version of it where they are not found,
 * the sheet does not wait (it is written as before, only held longer), and the tests fail.
 */
function zipEntryOf(sheet: ExcelJS.Worksheet): { entry: ZipEntry; length: number; finished: boolean } | null {
  const entry = (sheet as unknown as { _stream?: { pipes?: unknown[] } })._stream?.pipes?.[0] as ZipEntry | undefined;
  const state = entry?._writableState;
  if (!entry || typeof state?.length !== 'number') return null;
  return { entry, length: state.length, finished: state.finished === true };
}

/** The bytes of the sheet's XML waiting for the zip, null where they cannot be found (zipEntryOf). */
export const waitingXmlBytes = (sheet: ExcelJS.Worksheet): number | null => zipEntryOf(sheet)?.length ?? null;

/**
 * Resolves once the zip has taken the sheet's waiting XML, when more than WAITING_XML_BYTES of it
 * waits (null when it need not wait), or once the zip has taken all of it from a `committed`
 * sheet: the next sheet waits behind it in the zip.
 */
function zipTaking(sheet: ExcelJS.Worksheet, committed = false): Promise<unknown> | null {
  const found = zipEntryOf(sheet);
  if (!found) return null;
  if (committed) return found.finished ? null : once(found.entry, 'finish');
  return found.length > WAITING_XML_BYTES ? once(found.entry, 'drain') : null;
}

/** Commits `row` and waits while the zip takes its sheet's XML (zipTaking). */
export async function commitRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): Promise<void> {
  row.commit();
  const taking = zipTaking(sheet);
  if (taking) await taking;
}

/** Commits `sheet` and waits until the zip has taken all of it. */
async function commitSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  sheet.commit();
  const taking = zipTaking(sheet, true);
  if (taking) await taking;
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

/** The Records sheets: RECORD_COLUMNS as the records CSV has them, each cell of its own type; a header row each. */
async function addRecordsSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, records: readonly StanceRecord[]): Promise<void> {
  for (const { name, first, end } of sheetsOf('Records', records.length, SHEET_ROWS - 1)) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = RECORD_COLUMNS.map((column) => ({ header: column, key: column, width: COLUMN_WIDTHS[column] ?? 12 }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, end - first + 1), column: RECORD_COLUMNS.length } };
    sheet.getRow(1).font = HEADER_FONT;
    sheet.getRow(1).commit();
    for (let at = first; at < end; at++) await commitRow(sheet, sheet.addRow(RECORD_COLUMNS.map((column) => records[at]![column])));
    await commitSheet(sheet);
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
    await commitRow(sheet, header);
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
      await commitRow(sheet, added);
    }
    addLegend(sheet, matrix.rows.length + 3, counts);
    await commitSheet(sheet);
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

/** The main command's `--format xlsx`: the Records sheet, then the Matrix sheet (each continued on more sheets when it is larger than a sheet). */
export const recordsWorkbook: BinaryFormatter<RecordsResult> = async (result, { counts }: FormatContext) => {
  const { workbook, bytes } = newWorkbook();
  await addRecordsSheets(workbook, result.records);
  await addMatrixSheets(workbook, matrixOf(result), counts);
  return bytes();
};

/** `matrix --format xlsx`: the Matrix sheet (continued on more sheets past 16,384 columns), from the tallies as the other matrix formats. */
export const matrixWorkbook: BinaryFormatter<MatrixInput> = async (result, { counts }: FormatContext) => {
  const { workbook, bytes } = newWorkbook();
  await addMatrixSheets(workbook, matrixOf(result), counts);
  return bytes();
};
