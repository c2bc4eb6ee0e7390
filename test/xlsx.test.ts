// `--format xlsx` (issue 19): each workbook read back with exceljs, cell by cell, against the CSV of
// the same input; `--bom` and the formula guard of the CSV formats.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { STANCE_LETTERS } from '../src/analyses/matrix.js';
import { recordsWorkbook, STANCE_FILLS } from '../src/formatters/xlsx.js';
import { PLAIN } from '../src/formatters/terminal/colour.js';
import { RECORD_COLUMNS, STANCES, type Stance } from '../src/types.js';
import { runCli } from './cli-in-process.js';
import { record } from './formatters/fixtures.js';

const draft = join(import.meta.dirname, '..', 'fixtures', 'kyoto-6227-20-annexes.txt');
const folder = mkdtempSync(join(tmpdir(), 'kyoto-xlsx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

async function ok(args: string[]): Promise<string> {
  const run = await runCli(args);
  // stderr holds at most the closing line that counts the draft's findings (its `21 errors` are the draft's).
  expect(run.stderr).not.toMatch(/^kyoto-parse: (?!\d+ findings \()/m);
  expect(run.status).toBe(0);
  return run.stdout;
}

const csvRows = (text: string): string[][] => parse(text, { relax_column_count: false }) as string[][];

/** A matrix CSV cell as the spreadsheet would show it: the formula guard's `'` taken off. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Every cell of `sheet`'s first `rows` rows and `columns` columns, as values. */
function sheetValues(sheet: ExcelJS.Worksheet, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
    const value = sheet.getCell(r + 1, c + 1).value;
    return value === null || value === undefined ? '' : value;
  }));
}

function expectMatrixSheet(sheet: ExcelJS.Worksheet, csv: string): void {
  const rows = csvRows(csv).map((row) => row.map(unguard));
  const width = rows[0]!.length;
  expect(sheetValues(sheet, rows.length, width)).toEqual(rows);
  expect(sheet.getCell(rows.length + 1, 1).value ?? null).toBeNull(); // nothing more before the legend
  // An empty cell is a blank, no cell at all: COUNTA counts a row's stances alone (a cell holding '' would count).
  for (let r = 2; r <= rows.length; r++) expect(sheet.getRow(r).actualCellCount, `row ${r}`).toBe(rows[r - 1]!.filter((cell) => cell !== '').length);
  // Each single-stance cell filled in its stance's colour, its letter kept; mixed cells bold.
  for (let r = 2; r <= rows.length; r++) {
    for (let c = 3; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      const letters = String(cell.value ?? '');
      const stance = STANCES.find((s) => STANCE_LETTERS[s] === letters);
      if (stance) expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb, `${cell.address} ${letters}`).toBe(STANCE_FILLS[stance].fill);
      else if (letters.length > 1) expect(cell.font?.bold).toBe(true);
      else expect(cell.fill?.type === 'pattern' && (cell.fill as ExcelJS.FillPattern).pattern === 'solid').toBe(false);
    }
  }
  // The legend, two rows below: each stance's letter in its colour.
  const legend = rows.length + 2;
  expect(sheet.getCell(legend, 1).value).toBe('Legend');
  STANCES.forEach((stance: Stance, i) => {
    expect(sheet.getCell(legend + 1 + i, 1).value).toBe(STANCE_LETTERS[stance]);
    expect((sheet.getCell(legend + 1 + i, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STANCE_FILLS[stance].fill);
    expect(sheet.getCell(legend + 1 + i, 2).value).toBe(stance);
  });
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
}

describe('--format xlsx', () => {
  it('holds every record of the reference draft as the CSV does, typed, under a frozen, filtered header; and the matrix', async () => {
    const file = join(folder, 'records.xlsx');
    await ok([draft, '--format', 'xlsx', '-o', file]);
    const book = await workbook(readFileSync(file));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Records', 'Matrix']);
    const sheet = book.getWorksheet('Records')!;
    // Typed text needs no guard: the CSV to compare with is the unguarded one.
    const csv = csvRows(await ok([draft, '--format', 'csv', '--no-escape-formulas']));
    expect(csv.length).toBeGreaterThan(1500);
    expect(sheet.rowCount).toBe(csv.length);
    const cells = sheetValues(sheet, csv.length, RECORD_COLUMNS.length);
    expect(cells[0]).toEqual(csv[0]);
    for (let r = 1; r < csv.length; r++) {
      const expected = RECORD_COLUMNS.map((column, c) => {
        const text = csv[r]![c]!;
        if (column === 'line' || column === 'column') return Number(text);
        if (column === 'struck') return text === 'true';
        return text;
      });
      expect(cells[r], `row ${r + 1}`).toEqual(expected);
      expect(sheet.getCell(r + 1, RECORD_COLUMNS.indexOf('line') + 1).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(r + 1, RECORD_COLUMNS.indexOf('struck') + 1).type).toBe(ExcelJS.ValueType.Boolean);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(JSON.stringify(sheet.autoFilter)).toContain(`K${csv.length}`);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expectMatrixSheet(book.getWorksheet('Matrix')!, await ok(['matrix', draft, '--format', 'csv']));
  });

  it('matrix --format xlsx is the Matrix sheet, cell by cell as matrix --format csv, coloured as the terminal heatmap', async () => {
    const run = await runCli(['matrix', draft, '--format', 'xlsx']); // stdout not a terminal: a pipe
    expect(run.status).toBe(0);
    const book = await workbook(run.stdoutBytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix']);
    expectMatrixSheet(book.getWorksheet('Matrix')!, await ok(['matrix', draft, '--format', 'csv']));
  });

  it('--counts gives the number columns of matrix --format csv --counts', async () => {
    const run = await runCli(['matrix', draft, '--format', 'xlsx', '--counts', '--paragraph', 'OP1,OP6 Bis,OP19']);
    const sheet = (await workbook(run.stdoutBytes)).getWorksheet('Matrix')!;
    const rows = csvRows(await ok(['matrix', draft, '--format', 'csv', '--counts', '--paragraph', 'OP1,OP6 Bis,OP19']));
    const expected = rows.map((row, r) => row.map((cell, c) => (r > 0 && c > 1 ? Number(cell) : cell)));
    expect(sheetValues(sheet, rows.length, rows[0]!.length)).toEqual(expected);
  });

  // A worksheet holds 16,384 columns: a matrix of more paragraphs (exceljs stopped with an internal
  // error) goes on to `Matrix 2`, after the same code and name columns.
  it('a matrix wider than a sheet goes on to Matrix 2, each sheet within 16,384 columns, the two together the CSV', async () => {
    const codes = ['FRA', 'BEL', 'DEU', 'USA', 'JPN'];
    // 17,000 paragraphs: OP1 to OP999, then OP1#2 and so on (each number again is another paragraph).
    const text = Array.from({ length: 17_000 }, (_, i) => `${(i % 999) + 1}. Text [${codes[i % 5]}]\n`).join('');
    const input = join(folder, 'wide.txt');
    writeFileSync(input, text);
    const book = await workbook((await runCli(['matrix', input, '--format', 'xlsx'])).stdoutBytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Matrix 2']);
    const rows = csvRows(await ok(['matrix', input, '--format', 'csv']));
    expect(rows[0]).toHaveLength(2 + 17_000);
    const [first, second] = [book.getWorksheet('Matrix')!, book.getWorksheet('Matrix 2')!];
    expect(first.actualColumnCount).toBe(16_384);
    const onFirst = rows.length;
    expect(sheetValues(first, onFirst, 16_384)).toEqual(rows.map((row) => row.slice(0, 16_384)));
    expect(sheetValues(second, onFirst, 2 + 17_000 - 16_382)).toEqual(rows.map((row) => [...row.slice(0, 2), ...row.slice(16_384)]));
    expect(second.getCell(onFirst + 2, 1).value).toBe('Legend');
  });

  it('is the same bytes on every run, whatever the time and the time zone', async () => {
    const first = await runCli([draft, '--format', 'xlsx']);
    await new Promise((wait) => setTimeout(wait, 1100));
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const second = await runCli([draft, '--format', 'xlsx']);
      expect(second.stdoutBytes.equals(first.stdoutBytes)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('is not written to a terminal: one usage line, exit 2, nothing read', async () => {
    for (const args of [[draft, '--format', 'xlsx'], ['matrix', draft, '--format', 'xlsx'], ['matrix', 'no-such-file', '--format', 'xlsx']]) {
      const run = await runCli(args, { terminal: { columns: 80 } });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/--format xlsx writes a workbook: give -o FILE\.xlsx or redirect standard output/);
    }
  });

  it('writes text as text: a cell that looks like a formula is a string, never a formula', async () => {
    const formulaLike = '=HYPERLINK("http://example.org","x")';
    const bytes = Buffer.concat(await recordsWorkbook(
      { records: [record('OP1', 'GBR', 'support', { label: formulaLike, excerpt: '-1+2', file: '@file' })], paragraphs: [], annotations: [], diagnostics: [] },
      { chalk: PLAIN, width: 80, counts: false, escapeFormulas: true },
    ));
    const sheet = (await workbook(bytes)).getWorksheet('Records')!;
    const label = sheet.getCell(2, RECORD_COLUMNS.indexOf('label') + 1);
    expect(label.type).toBe(ExcelJS.ValueType.String);
    expect(label.value).toBe(formulaLike);
    expect(sheet.getCell(2, RECORD_COLUMNS.indexOf('excerpt') + 1).value).toBe('-1+2');
    expect(sheet.getCell(2, 1).value).toBe('@file');
  });

  it('escapes a text for XML once: `&`, `<` and text that reads like an entity come back as written', async () => {
    const excerpt = 'R&D <b>law</b> &amp; &lt;order&gt; "quoted" \'s';
    const pieces = await recordsWorkbook(
      { records: [record('OP1', 'FRA', 'support', { excerpt })], paragraphs: [], annotations: [], diagnostics: [] },
      { chalk: PLAIN, width: 80, counts: false, escapeFormulas: false },
    );
    // Read as an XML reader reads it (exceljs's reader decodes a `t="str"` cell's text a second time).
    const sheetXml = strFromU8(unzipSync(Buffer.concat(pieces))['xl/worksheets/sheet1.xml']!);
    const cell = new RegExp(`<c r="K2" t="str"><v>([^<]*)</v></c>`).exec(sheetXml);
    const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    expect(cell?.[1]?.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => entities[entity]!)).toBe(excerpt);
  });
});

describe('--bom and the formula guard', () => {
  const BOM = '\uFEFF';
  it('puts a UTF-8 byte-order mark before each CSV, once', async () => {
    for (const args of [[draft, '--bom'], [draft, '--format', 'matrix-csv', '--bom'], ['matrix', draft, '--format', 'csv', '--bom'],
      ['country', 'GBR', draft, '--format', 'csv', '--bom'], ['blocs', draft, '--format', 'pairs-csv', '--bom']]) {
      const run = await runCli(args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(run.stdout.slice(1)).toBe((await runCli(args.filter((arg) => arg !== '--bom'))).stdout);
      expect(run.stdout.lastIndexOf(BOM)).toBe(0);
    }
  });

  it('is a usage error with a format that is not CSV', async () => {
    for (const args of [[draft, '--format', 'json', '--bom'], ['matrix', draft, '--bom'], [draft, '--format', 'xlsx', '--bom']]) {
      const run = await runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--bom: a byte-order mark is for CSV output only/);
    }
  });

  it("leaves standard input's name '-' as it is, and still guards a cell that starts with -", async () => {
    const text = readFileSync(draft);
    const rows = csvRows((await runCli(['-', '--paragraph', 'OP1'], { input: text })).stdout);
    expect(rows.slice(1).every((row) => row[0] === '-')).toBe(true);
    const { guardFormula } = await import('../src/formatters/csv-options.js');
    expect(guardFormula('-')).toBe('-');
    expect(guardFormula('-1+2')).toBe("'-1+2");
    expect(guardFormula('=A1')).toBe("'=A1");
    expect(guardFormula('a-b')).toBe('a-b');
  });
});
