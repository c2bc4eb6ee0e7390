import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/analyses/matrix.js';
import { formatMatrixCsv } from '../../src/formatters/matrix-csv.js';
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
