import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/analyses/matrix.js';
import { formatMatrixTable } from '../../src/formatters/matrix-table.js';
import { formatReport } from '../../src/formatters/report.js';
import type { Annotation, Diagnostic, ParseResult } from '../../src/types.js';
import { bigRecords, paragraph, record } from './fixtures.js';

const plain = new Chalk({ level: 0 });

function annotation(paragraphId: string, file = 'draft.txt'): Annotation {
  return {
    file, paragraph: paragraphId, form: 'bracket', line: 10, column: 4, source: '[UK; retain original:RUS]',
    struck: false, excerpt: 'Promoting the rule of law', segments: [],
  };
}

const warning: Diagnostic = {
  file: 'draft.txt', line: 3, column: 9, severity: 'warning', rule: 'unknown-code', message: 'QTA read as QAT',
};

describe('formatReport', () => {
  const result: ParseResult = {
    paragraphs: [paragraph('PP1', 1), paragraph('OP6 Bis', 4), paragraph('NEW PP5 ALT', 8)],
    annotations: [annotation('PP1'), annotation('OP6 Bis')],
    records: [
      record('PP1', 'GBR', 'support'),
      record('PP1', 'RUS', 'oppose'),
      record('OP6 Bis', 'GBR', 'delete'),
    ],
    diagnostics: [],
  };

  it('shows the matrix table, then the summary, where the terminal leaves it in view', () => {
    const matrix = buildMatrix(result.records, result.paragraphs);
    const output = formatReport(result, matrix, { chalk: plain });
    expect(output).toBe([
      formatMatrixTable(matrix, { chalk: plain }),
      'Summary',
      '  Paragraphs   3',
      '  Annotations  2',
      '  Delegations  2',
      '  Records      3  (support 1, oppose 1, delete 1, other 0)',
      '',
    ].join('\n'));
  });

  it('keeps the summary aligned at 60 columns: a long detail wraps under itself', () => {
    const output = formatReport(result, buildMatrix(result.records, result.paragraphs), { chalk: plain, width: 44 });
    expect(output).toContain('  Records      3  (support 1, oppose 1,\n                  delete 1, other 0)\n');
  });

  it('counts diagnostics when there are any', () => {
    const output = formatReport({ ...result, diagnostics: [warning] }, buildMatrix(result.records), { chalk: plain });
    expect(output).toContain('  Diagnostics  1  (0 errors, 1 warning)\n');
  });

  it('adds a line per file when there are several', () => {
    const multi: ParseResult = {
      ...result,
      paragraphs: [...result.paragraphs, paragraph('PP1', 1, 'annex-3.txt')],
      records: [...result.records, record('PP1', 'EU', 'other', { file: 'annex-3.txt' })],
    };
    const output = formatReport(multi, buildMatrix(multi.records), { chalk: plain });
    expect(output).toContain('  Delegations  3\n');
    expect(output).toContain('  draft.txt: 3 paragraphs, 2 annotations, 3 records\n');
    expect(output).toContain('  annex-3.txt: 1 paragraph, 0 annotations, 1 record\n');
  });

  it('never exceeds the width, coloured or not', () => {
    const records = bigRecords(40, 60);
    const big: ParseResult = { paragraphs: [], annotations: [], records, diagnostics: [warning] };
    for (const width of [80, 44]) {
      for (const chalk of [plain, new Chalk({ level: 1 })]) {
        const output = formatReport(big, buildMatrix(records), { chalk, width });
        for (const line of output.split('\n')) {
          expect(stripVTControlCharacters(line).length).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('colours only through the chalk passed in', () => {
    const matrix = buildMatrix(result.records);
    expect(formatReport(result, matrix, { chalk: plain })).not.toContain('\u001b');
    expect(formatReport(result, matrix, { chalk: new Chalk({ level: 1 }) })).toContain('\u001b[');
  });
});
