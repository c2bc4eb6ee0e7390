import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { buildMatrix, cellLetters, emptyCounts } from '../src/analyses/matrix.js';
import { TallyMatrix } from '../src/analyses/matrix-view.js';
import { TPP_PROFILE } from '../src/profiles/shipped.js';
import type { Paragraph, StanceRecord } from '../src/types.js';
import { paragraph, record } from './formatters/fixtures.js';

describe('cellLetters', () => {
  it('gives one letter per stance, X for other', () => {
    expect(cellLetters({ ...emptyCounts(), support: 1 })).toBe('S');
    expect(cellLetters({ ...emptyCounts(), oppose: 2 })).toBe('O');
    expect(cellLetters({ ...emptyCounts(), delete: 1 })).toBe('D');
    expect(cellLetters({ ...emptyCounts(), other: 3 })).toBe('X');
  });

  it('joins mixed stances in the fixed order S, O, D, X whatever the counts', () => {
    expect(cellLetters({ support: 0, oppose: 1, delete: 0, other: 0 })).toBe('O');
    expect(cellLetters({ support: 1, oppose: 5, delete: 0, other: 0 })).toBe('SO');
    expect(cellLetters({ support: 0, oppose: 1, delete: 0, other: 2 })).toBe('OX');
    expect(cellLetters({ support: 1, oppose: 1, delete: 1, other: 1 })).toBe('SODX');
  });

  it('is empty for an empty cell', () => {
    expect(cellLetters(emptyCounts())).toBe('');
  });
});

describe('buildMatrix', () => {
  const records = [
    record('PP1', 'RUS', 'support'),
    record('PP1', 'GBR', 'support'),
    record('OP6 Bis', 'RUS', 'oppose'),
    record('OP6 Bis', 'RUS', 'oppose', { line: 12 }),
    record('OP6 Bis', 'RUS', 'support', { line: 13 }),
    record('NEW PP5 ALT', 'EU', 'other'),
    record('NEW PP5 ALT', 'FRA', 'delete'),
  ];

  it('has one row per delegation, sorted by code, carrying the name', () => {
    const matrix = buildMatrix(records);
    expect(matrix.rows.map((row) => [row.country, row.name])).toEqual([
      ['EU', 'European Union'],
      ['FRA', 'France'],
      ['GBR', 'United Kingdom'],
      ['RUS', 'Russian Federation'],
    ]);
  });

  it('has one column per paragraph with records, in order of first appearance', () => {
    const matrix = buildMatrix(records);
    expect(matrix.multiFile).toBe(false);
    expect(matrix.files).toEqual(['draft.txt']);
    expect(matrix.columns).toEqual([
      { key: 'PP1', file: 'draft.txt', paragraph: 'PP1' },
      { key: 'OP6 Bis', file: 'draft.txt', paragraph: 'OP6 Bis' },
      { key: 'NEW PP5 ALT', file: 'draft.txt', paragraph: 'NEW PP5 ALT' },
    ]);
  });

  it('counts records per stance in each cell', () => {
    const matrix = buildMatrix(records);
    const rus = matrix.rows.find((row) => row.country === 'RUS')!;
    expect(rus.cells).toEqual([
      { support: 1, oppose: 0, delete: 0, other: 0 },
      { support: 1, oppose: 2, delete: 0, other: 0 },
      { support: 0, oppose: 0, delete: 0, other: 0 },
    ]);
    expect(rus.cells.map(cellLetters)).toEqual(['S', 'SO', '']);
  });

  it('follows document order from the paragraph list and leaves out paragraphs without records', () => {
    // A note can put a record on an earlier paragraph after records of a later one.
    const outOfOrder = [record('OP2', 'GBR', 'support'), record('OP1', 'FRA', 'oppose')];
    const paragraphs = [paragraph('OP1', 1), paragraph('OP2', 5), paragraph('OP3', 9)];
    expect(buildMatrix(outOfOrder).columns.map((c) => c.key)).toEqual(['OP2', 'OP1']);
    expect(buildMatrix(outOfOrder, paragraphs).columns.map((c) => c.key)).toEqual(['OP1', 'OP2']);
  });

  it('keys columns by file and paragraph when records come from several files', () => {
    const matrix = buildMatrix([
      record('PP1', 'GBR', 'support', { file: 'b.txt' }),
      record('OP1', 'GBR', 'oppose', { file: 'a.txt' }),
      record('PP1', 'FRA', 'delete', { file: 'a.txt' }),
      record('OP1', 'FRA', 'support', { file: 'b.txt' }),
    ]);
    expect(matrix.multiFile).toBe(true);
    expect(matrix.files).toEqual(['b.txt', 'a.txt']);
    expect(matrix.columns).toEqual([
      { key: 'b.txt:PP1', file: 'b.txt', paragraph: 'PP1' },
      { key: 'b.txt:OP1', file: 'b.txt', paragraph: 'OP1' },
      { key: 'a.txt:OP1', file: 'a.txt', paragraph: 'OP1' },
      { key: 'a.txt:PP1', file: 'a.txt', paragraph: 'PP1' },
    ]);
    const gbr = matrix.rows.find((row) => row.country === 'GBR')!;
    expect(gbr.cells.map(cellLetters)).toEqual(['S', '', 'O', '']);
  });

  it('is empty for no records', () => {
    expect(buildMatrix([])).toEqual({ files: [], multiFile: false, columns: [], rows: [] });
  });
});

// The matrix the CLI writes (TallyMatrix) checked against a count made here from the records of
// two real drafts: every cell, read by row and by column, and the order of rows and columns.
describe('TallyMatrix on the reference draft and the TPP chapter', () => {
  const read = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
  const kyoto = parseDraft(read('kyoto-6227-20-annexes.txt'), { file: 'kyoto.txt' });
  const tpp = parseDraft(read('tpp-ip-chapter-2013-08-30.txt'), { file: 'tpp.txt', notation: TPP_PROFILE });
  const records: StanceRecord[] = [...kyoto.records, ...tpp.records];
  const paragraphs: Paragraph[] = [...kyoto.paragraphs, ...tpp.paragraphs];
  const matrix = new TallyMatrix(records, paragraphs);

  const cellKey = (country: string, file: string, paragraph: string) => `${country} ${file}:${paragraph}`;
  const expected = new Map<string, Record<string, number>>();
  for (const r of records) {
    const key = cellKey(r.country, r.file, r.paragraph);
    if (!expected.has(key)) expected.set(key, emptyCounts());
    expected.get(key)![r.stance]++;
  }

  it('has a row per delegation, sorted by code, and a column per paragraph with records, in document order, file by file', () => {
    const codes = [...new Set(records.map((r) => r.country))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(matrix.rows.map((row) => row.country)).toEqual(codes);
    const withRecords = new Set(records.map((r) => `${r.file}:${r.paragraph}`));
    const inOrder = [...new Set(paragraphs.map((p) => `${p.file}:${p.id}`))].filter((key) => withRecords.has(key));
    expect(Array.from({ length: matrix.columnCount }, (_, c) => matrix.column(c).key)).toEqual(inOrder);
    expect(matrix.multiFile).toBe(true);
    expect(matrix.files).toEqual(['kyoto.txt', 'tpp.txt']);
  });

  it('gives each cell with records once by row and once by column, with its counts, in order', () => {
    const seen = new Map<string, Record<string, number>>();
    matrix.rows.forEach((row, r) => {
      const cells = [...matrix.rowCells(r)];
      expect(cells.map((cell) => cell.index)).toEqual([...cells.map((cell) => cell.index)].sort((a, b) => a - b));
      for (const { index, counts } of cells) {
        const { file, paragraph } = matrix.column(index);
        seen.set(cellKey(row.country, file, paragraph), counts);
      }
    });
    expect(seen).toEqual(expected);
    let byColumn = 0;
    for (let c = 0; c < matrix.columnCount; c++) {
      const { file, paragraph } = matrix.column(c);
      const cells = [...matrix.columnCells(c)];
      expect(cells.map((cell) => cell.index)).toEqual([...cells.map((cell) => cell.index)].sort((a, b) => a - b));
      for (const { index, counts } of cells) expect(counts).toEqual(expected.get(cellKey(matrix.rows[index]!.country, file, paragraph)));
      byColumn += cells.length;
    }
    expect(byColumn).toBe(expected.size);
  });

  it('makes no cell of a tally of 0', () => {
    const tallies = new TallyMatrix([{ ...record('PP1', 'FRA', 'support'), count: 0 }, { ...record('PP1', 'GBR', 'oppose'), count: 2 }]);
    expect(tallies.rows.map((row) => row.country)).toEqual(['FRA', 'GBR']);
    expect([...tallies.rowCells(0)]).toEqual([]);
    expect([...tallies.rowCells(1)]).toEqual([{ index: 0, counts: { support: 0, oppose: 2, delete: 0, other: 0 } }]);
    expect([...tallies.columnCells(0)].map((cell) => cell.index)).toEqual([1]);
  });
});
