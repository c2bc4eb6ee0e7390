import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { buildMatrix } from '../../src/analyses/matrix.js';
import { formatMatrixCsv } from '../../src/formatters/matrix-csv.js';
import { csvOptions } from '../../src/formatters/csv-options.js';
import { STANCES } from '../../src/types.js';
import { record } from './fixtures.js';

describe('formatMatrixCsv', () => {
  const records = [
    record('PP1', 'GBR', 'support'),
    record('OP6 Bis', 'GBR', 'oppose'),
    record('OP6 Bis', 'GBR', 'support'),
    record('OP6 Bis', 'EU', 'other'),
    record('OP6 Bis', 'EU', 'other'),
  ];

  it('writes letters, one column per paragraph', () => {
    expect(formatMatrixCsv(buildMatrix(records))).toBe(
      'country,name,PP1,OP6 Bis\n'
      + 'EU,European Union,,X\n'
      + 'GBR,United Kingdom,S,SO\n',
    );
  });

  it('writes one numeric column per paragraph and stance with counts', () => {
    expect(formatMatrixCsv(buildMatrix(records), { counts: true })).toBe(
      'country,name,PP1:support,PP1:oppose,PP1:delete,PP1:other,'
      + 'OP6 Bis:support,OP6 Bis:oppose,OP6 Bis:delete,OP6 Bis:other\n'
      + 'EU,European Union,0,0,0,0,0,0,0,2\n'
      + 'GBR,United Kingdom,1,0,0,0,1,1,0,0\n',
    );
  });

  it('heads columns with file:paragraph when the matrix spans several files', () => {
    const csv = formatMatrixCsv(buildMatrix([
      record('PP1', 'GBR', 'support', { file: 'a.txt' }),
      record('PP1', 'GBR', 'delete', { file: 'b.txt' }),
    ]));
    expect(csv).toBe('country,name,a.txt:PP1,b.txt:PP1\nGBR,United Kingdom,S,D\n');
  });

  it('writes only the header for an empty matrix', () => {
    expect(formatMatrixCsv(buildMatrix([]))).toBe('country,name\n');
  });
});

// A line is written some thousands of cells at a time (matrix-csv.ts): the parts joined are the
// line csv-stringify makes of all its cells at once, quoting and formula guard included.
describe('formatMatrixCsv, a matrix wider than the cells written at a time', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `OP${i}, "quoted"` : i % 11 === 0 ? `=OP${i}` : `OP${i}`));
  const records = ids.flatMap((id, i) => [record(id, 'GBR', i % 3 === 0 ? 'oppose' : 'support'), ...(i % 5 === 0 ? [record(id, 'EU', 'other')] : [])]);
  const matrix = buildMatrix(records);
  const whole = (rows: (string | number)[][]) => stringify(rows, csvOptions(true));

  it('writes letters as one stringify of each whole line would', () => {
    expect(formatMatrixCsv(matrix)).toBe(whole([
      ['country', 'name', ...ids],
      ['EU', 'European Union', ...ids.map((_, i) => (i % 5 === 0 ? 'X' : ''))],
      ['GBR', 'United Kingdom', ...ids.map((_, i) => (i % 3 === 0 ? 'O' : 'S'))],
    ]));
  });

  it('writes counts as one stringify of each whole line would', () => {
    expect(formatMatrixCsv(matrix, { counts: true })).toBe(whole([
      ['country', 'name', ...ids.flatMap((id) => STANCES.map((stance) => `${id}:${stance}`))],
      ['EU', 'European Union', ...ids.flatMap((_, i) => [0, 0, 0, i % 5 === 0 ? 1 : 0])],
      ['GBR', 'United Kingdom', ...ids.flatMap((_, i) => (i % 3 === 0 ? [0, 1, 0, 0] : [1, 0, 0, 0]))],
    ]));
  });
});
