import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/analyses/matrix.js';
import { formatMatrixJson } from '../../src/formatters/matrix-json.js';
import { record } from './fixtures.js';

describe('formatMatrixJson', () => {
  const records = [
    record('PP1', 'GBR', 'support'),
    record('NEW PP5 ALT', 'GBR', 'oppose'),
    record('NEW PP5 ALT', 'GBR', 'support'),
    record('NEW PP5 ALT', 'RUS', 'delete'),
  ];

  it('lists paragraphs and delegations with sparse letter cells', () => {
    const json = formatMatrixJson(buildMatrix(records));
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({
      paragraphs: [{ file: 'draft.txt', paragraph: 'PP1' }, { file: 'draft.txt', paragraph: 'NEW PP5 ALT' }],
      delegations: [
        { country: 'GBR', name: 'United Kingdom', cells: { PP1: 'S', 'NEW PP5 ALT': 'SO' } },
        { country: 'RUS', name: 'Russian Federation', cells: { 'NEW PP5 ALT': 'D' } },
      ],
    });
  });

  it('gives per-stance counts with counts', () => {
    const parsed = JSON.parse(formatMatrixJson(buildMatrix(records), { counts: true }));
    expect(parsed.delegations[0].cells).toEqual({
      PP1: { support: 1, oppose: 0, delete: 0, other: 0 },
      'NEW PP5 ALT': { support: 1, oppose: 1, delete: 0, other: 0 },
    });
  });

  it('keys cells by file:paragraph across several files', () => {
    const parsed = JSON.parse(formatMatrixJson(buildMatrix([
      record('PP1', 'EU', 'support', { file: 'a.txt' }),
      record('PP1', 'EU', 'other', { file: 'b.txt' }),
    ])));
    expect(parsed.paragraphs).toEqual([{ file: 'a.txt', paragraph: 'PP1' }, { file: 'b.txt', paragraph: 'PP1' }]);
    expect(parsed.delegations[0].cells).toEqual({ 'a.txt:PP1': 'S', 'b.txt:PP1': 'X' });
  });
});
