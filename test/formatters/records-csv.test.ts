import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { formatRecordsCsv, formatRecordsCsvHeader, formatRecordsCsvRows } from '../../src/formatters/records-csv.js';
import { RECORD_COLUMNS, type StanceRecord } from '../../src/types.js';
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

describe('formatRecordsCsvHeader and formatRecordsCsvRows (the CLI writes a file at a time)', () => {
  const first = [
    record('PP1', 'GBR', 'support', { file: 'a.txt', excerpt: 'Acknowledging, with concern' }),
    record('OP6 Bis', 'FRA', 'delete', { file: 'a.txt', label: '=SUM(A1)', excerpt: 'the "rule of law"\nat all levels' }),
  ];
  const second = [
    record('OP1', 'RUS', 'oppose', { file: '-', excerpt: '-based approaches' }),
    record('OP2', 'EU', 'other', { file: 'b.txt', label: '+1', excerpt: '@home' }),
  ];

  it('the header is the header row of formatRecordsCsv, alone', () => {
    expect(formatRecordsCsvHeader()).toBe('file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n');
    expect(formatRecordsCsvHeader({ escapeFormulas: false })).toBe(formatRecordsCsvHeader());
  });

  // The records as objects with `columns` and a boolean `cast`, as the CSV was first written; but
  // standard input's file name, an exact `-`, is no formula and is left unguarded (issue 19).
  const reference = (records: StanceRecord[], escapeFormulas: boolean) => stringify(records, {
    header: true, columns: [...RECORD_COLUMNS], record_delimiter: '\n', escape_formulas: escapeFormulas,
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  }).replace(/^'-,/gm, '-,');

  it('the header, then the rows of each part in turn, is the whole CSV of all the records', () => {
    for (const escapeFormulas of [true, false]) {
      const options = { escapeFormulas };
      const pieces = formatRecordsCsvHeader(options) + formatRecordsCsvRows(first, options) + formatRecordsCsvRows(second, options);
      expect(pieces).toBe(reference([...first, ...second], escapeFormulas));
      expect(formatRecordsCsv([...first, ...second], options)).toBe(pieces);
    }
  });

  it('writes rows with no header: one line per record, booleans as true/false, \\n line ends', () => {
    const rows = formatRecordsCsvRows(first);
    expect(rows).toBe(
      'a.txt,PP1,GBR,United Kingdom,support,,UK,10,5,false,"Acknowledging, with concern"\n'
      + 'a.txt,OP6 Bis,FRA,France,delete,\'=SUM(A1),FRA,10,5,true,"the ""rule of law""\nat all levels"\n',
    );
  });

  it('escapes formula-like cells by default and leaves them with escapeFormulas: false', () => {
    expect(formatRecordsCsvRows(second)).toBe(
      "-,OP1,RUS,Russian Federation,oppose,retain original,RUS,10,5,false,'-based approaches\n"
      + "b.txt,OP2,EU,European Union,other,'+1,EU,10,5,false,'@home\n",
    );
    expect(formatRecordsCsvRows(second, { escapeFormulas: false })).toBe(
      '-,OP1,RUS,Russian Federation,oppose,retain original,RUS,10,5,false,-based approaches\n'
      + 'b.txt,OP2,EU,European Union,other,+1,EU,10,5,false,@home\n',
    );
  });

  it('writes nothing for no records', () => {
    expect(formatRecordsCsvRows([])).toBe('');
  });
});
