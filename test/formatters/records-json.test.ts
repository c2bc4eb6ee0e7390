import { describe, expect, it } from 'vitest';
import { formatRecordsJson } from '../../src/formatters/records-json.js';
import { RECORD_COLUMNS, type Diagnostic } from '../../src/types.js';
import { paragraph, record } from './fixtures.js';

describe('formatRecordsJson', () => {
  const records = [record('PP1', 'GBR', 'support'), record('OP6 Bis', 'RUS', 'oppose')];
  const paragraphs = [paragraph('PP1', 3), paragraph('OP6 Bis', 8), paragraph('NEW PP5 ALT', 12)];

  it('writes paragraphs without their text, and records, as 2-space JSON with a trailing newline', () => {
    const json = formatRecordsJson({ records, paragraphs });
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "paragraphs": [');
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['paragraphs', 'records']);
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[1]).toEqual({
      file: 'draft.txt', id: 'OP6 Bis', baseId: 'OP6 Bis', kind: 'labelled', label: 'OP6 Bis', startLine: 8, endLine: 10,
    });
    expect(json).not.toContain('Lorem ipsum');
    expect(parsed.records).toEqual(records);
  });

  it('keeps record keys in CSV column order', () => {
    const shuffled = { ...records[0] };
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as typeof shuffled;
    const parsed = JSON.parse(formatRecordsJson({ records: [reordered], paragraphs: [] }));
    expect(Object.keys(parsed.records[0])).toEqual([...RECORD_COLUMNS]);
  });

  it('adds diagnostics when the input carries them', () => {
    const diagnostics: Diagnostic[] = [{
      file: 'draft.txt', line: 4, column: 7, severity: 'warning', rule: 'unknown-code', message: 'QTA read as QAT',
    }];
    const parsed = JSON.parse(formatRecordsJson({ records, paragraphs, diagnostics }));
    expect(Object.keys(parsed)).toEqual(['paragraphs', 'records', 'diagnostics']);
    expect(parsed.diagnostics).toEqual(diagnostics);
  });
});
