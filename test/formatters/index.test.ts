import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, isFormatName } from '../../src/formatters/index.js';
import type { ParseResult } from '../../src/types.js';
import { paragraph, record } from './fixtures.js';

const result: ParseResult = {
  paragraphs: [paragraph('PP1', 1), paragraph('OP6 Bis', 4)],
  annotations: [],
  records: [record('PP1', 'GBR', 'support', { label: '-x' }), record('OP6 Bis', 'RUS', 'oppose')],
  diagnostics: [],
};

describe('format registry', () => {
  it('names every format', () => {
    expect(FORMAT_NAMES).toEqual(['report', 'csv', 'json', 'matrix', 'matrix-csv', 'matrix-json']);
    expect(isFormatName('csv')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });

  it('produces output for every format; machine formats never carry colour', () => {
    const chalk = new Chalk({ level: 1 });
    for (const name of FORMAT_NAMES) {
      const { machine, format } = FORMATS[name];
      const output = format({ result, chalk });
      expect(output.length).toBeGreaterThan(0);
      expect(output.includes('\u001b'), name).toBe(!machine);
    }
  });

  it('passes options through', () => {
    expect(FORMATS.csv.format({ result })).toContain(",'-x,");
    expect(FORMATS.csv.format({ result, escapeFormulas: false })).toContain(',-x,');
    expect(FORMATS['matrix-csv'].format({ result, counts: true })).toContain('PP1:support');
    expect(JSON.parse(FORMATS.json.format({ result })).records).toHaveLength(2);
  });
});
