import { describe, expect, it } from 'vitest';
import { formatRecordsCsv } from '../../src/formatters/records-csv.js';
import { record } from './fixtures.js';

describe('formatRecordsCsv', () => {
  it('writes a header row and one row per record, booleans as true/false', () => {
    const csv = formatRecordsCsv([
      record('PP1', 'GBR', 'support', { line: 114, column: 204, excerpt: 'Acknowledging, with concern' }),
      record('OP6 Bis', 'RUS', 'oppose', {
        line: 116, column: 443, label: 'retain original', excerpt: 'the "rule of law", at all levels',
      }),
    ]);
    expect(csv).toBe(
      'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n'
      + 'draft.txt,PP1,GBR,United Kingdom,support,,UK,114,204,false,"Acknowledging, with concern"\n'
      + 'draft.txt,OP6 Bis,RUS,Russian Federation,oppose,retain original,RUS,116,443,false,'
      + '"the ""rule of law"", at all levels"\n',
    );
  });

  it('writes true for struck mentions', () => {
    const csv = formatRecordsCsv([record('PP1', 'FRA', 'delete', { struck: true })]);
    expect(csv.split('\n')[1]).toContain(',true,');
  });

  it('writes only the header for no records', () => {
    expect(formatRecordsCsv([])).toBe('file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n');
  });

  it('escapes cells that a spreadsheet would run as formulas', () => {
    const csv = formatRecordsCsv([
      record('PP1', 'GBR', 'support', { label: '=HYPERLINK("x")', excerpt: '-based approaches' }),
      record('PP1', 'FRA', 'support', { label: '+1', excerpt: '@home' }),
    ]);
    const [, first, second] = csv.split('\n');
    expect(first).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(first.endsWith(",'-based approaches")).toBe(true);
    expect(second).toContain(",'+1,");
    expect(second.endsWith(",'@home")).toBe(true);
    // No cell begins with a formula character.
    for (const line of csv.trimEnd().split('\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^["]?[=+\-@\t\r]/);
    }
  });

  it('leaves formula-like text alone when escaping is turned off', () => {
    const csv = formatRecordsCsv(
      [record('PP1', 'GBR', 'support', { label: '=1+1', excerpt: '-based approaches' })],
      { escapeFormulas: false },
    );
    expect(csv.split('\n')[1]).toBe('draft.txt,PP1,GBR,United Kingdom,support,=1+1,UK,10,5,false,-based approaches');
  });

  it('is deterministic and uses \\n line ends only', () => {
    const records = [record('PP1', 'GBR', 'support', { excerpt: 'two\r\nlines' }), record('OP1', 'EU', 'other')];
    const csv = formatRecordsCsv(records);
    expect(formatRecordsCsv(records)).toBe(csv);
    expect(csv.replace(/"two\r\nlines"/, '')).not.toContain('\r');
  });
});
