import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildMatrix, cellLetters, type StanceMatrix } from '../../src/analyses/matrix.js';
import { formatMatrixTable, HEADER_EVERY } from '../../src/formatters/matrix-table.js';
import { bigRecords, record } from './fixtures.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

interface ParsedPage {
  title: string;
  /** Paragraph IDs read back from the stacked headers. */
  paragraphs: string[];
  /** Row code -> cell texts on this page. */
  rows: Map<string, string[]>;
}

/** Reads a plain table back: column positions come from the rule line under the headers. */
function parseTable(output: string): { pages: ParsedPage[]; legend: string } {
  const blocks = output.trimEnd().split('\n\n');
  const legend = blocks.pop()!;
  const pages = blocks.map((block) => {
    const lines = block.split('\n');
    const ruleIndex = lines.findIndex((line) => line.startsWith('─'));
    const titleLines = lines.slice(0, ruleIndex).filter((line) => !line.startsWith(' '));
    const headerLines = lines.slice(titleLines.length, ruleIndex);
    const spans = [...lines[ruleIndex].matchAll(/─+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    const cellsOf = (line: string) => spans.slice(1).map(([from, to]) => line.slice(from, to).trim());
    const paragraphs = spans.slice(1).map(([from, to]) =>
      headerLines.map((line) => line.slice(from, to).trim()).filter(Boolean).join(' '));
    // The headings repeated down a long page are not rows.
    const rowLines = lines.slice(ruleIndex + 1).filter((line) => !line.startsWith(' ') && !line.startsWith('─'));
    const rows = new Map(rowLines.map((line) => [line.slice(0, spans[0][1]).trim(), cellsOf(line)]));
    // Nothing may sit in the gaps between columns: a cell spilling over would be cut here.
    for (const line of lines.slice(titleLines.length)) {
      for (const [, to] of spans.slice(0, -1)) expect(line.charAt(to) || ' ').toBe(' ');
    }
    return { title: titleLines.join(' '), paragraphs, rows };
  });
  return { pages, legend };
}

function expectFits(output: string, width: number) {
  for (const line of output.split('\n')) {
    expect(stripVTControlCharacters(line).length, line).toBeLessThanOrEqual(width);
  }
}

describe('formatMatrixTable', () => {
  const big: StanceMatrix = buildMatrix(bigRecords(40, 60));

  it('builds a big enough test matrix', () => {
    expect(big.rows).toHaveLength(40);
    expect(big.columns).toHaveLength(60);
  });

  for (const width of [80, 60, 40, 120]) {
    for (const counts of [false, true]) {
      it(`never exceeds ${width} columns${counts ? ' with counts' : ''}`, () => {
        expectFits(formatMatrixTable(big, { chalk: plain, width, counts }), width);
        expectFits(formatMatrixTable(big, { chalk: coloured, width, counts }), width);
      });
    }
  }

  it('pages cover every paragraph exactly once, in order, with every cell intact', () => {
    const { pages } = parseTable(formatMatrixTable(big, { chalk: plain, width: 80 }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((page) => page.paragraphs)).toEqual(big.columns.map((column) => column.paragraph));

    let offset = 0;
    for (const page of pages) {
      // Each page lists the delegations with a record on its paragraphs, and only those.
      const cellsOf = (row: StanceMatrix['rows'][number]) => row.cells.slice(offset, offset + page.paragraphs.length).map((cell) => cellLetters(cell) || '·');
      const present = big.rows.filter((row) => cellsOf(row).some((cell) => cell !== '·'));
      expect([...page.rows.keys()]).toEqual(present.map((row) => row.country));
      for (const row of present) expect(page.rows.get(row.country)).toEqual(cellsOf(row));
      offset += page.paragraphs.length;
    }
  });

  it('leaves out of a page the delegations with no record on its paragraphs', () => {
    const matrix = buildMatrix([record('PP1', 'GBR', 'support'), record('OP6', 'FRA', 'oppose'), record('OP6', 'GBR', 'delete')]);
    const { pages } = parseTable(formatMatrixTable(matrix, { chalk: plain, width: 8 }));
    expect(pages.map((page) => [page.paragraphs, [...page.rows.keys()]])).toEqual([[['PP1'], ['GBR']], [['OP6'], ['FRA', 'GBR']]]);
  });

  it(`repeats a page's paragraph headings every ${HEADER_EVERY} rows`, () => {
    const output = formatMatrixTable(buildMatrix(bigRecords(40, 3)), { chalk: plain, width: 80 });
    const lines = output.split('\n');
    const rules = lines.flatMap((line, index) => (line.startsWith('─') ? [index] : []));
    expect(rules.length).toBeGreaterThan(1);
    for (let i = 1; i < rules.length; i++) expect(rules[i]! - rules[i - 1]!).toBeLessThanOrEqual(HEADER_EVERY + 1 + 3);
    expect(lines[rules[1]! - 1]).toBe(lines[rules[0]! - 1]);
  });

  it('titles pages by paragraph range and page number', () => {
    const { pages } = parseTable(formatMatrixTable(big, { chalk: plain, width: 80 }));
    pages.forEach((page, index) => {
      expect(page.title).toBe(
        `Paragraphs ${page.paragraphs[0]} to ${page.paragraphs.at(-1)} (${index + 1}/${pages.length})`);
    });
  });

  it('shows one page without a page number when everything fits', () => {
    const matrix = buildMatrix([
      record('PP1', 'GBR', 'support'),
      record('OP6 Bis', 'FRA', 'oppose'),
      record('NEW PP5 ALT', 'EU', 'delete'),
    ]);
    const output = formatMatrixTable(matrix, { chalk: plain });
    expect(output).toBe([
      'Paragraphs PP1 to NEW PP5 ALT',
      '    PP1 OP6 NEW',
      '        Bis PP5',
      '            ALT',
      '─── ─── ─── ───',
      'EU  ·   ·   D',
      'FRA ·   O   ·',
      'GBR S   ·   ·',
      '',
      'Legend: S support  O oppose  D delete  X other  SO mixed  · none',
      '',
    ].join('\n'));
  });

  it('shows counts after each letter with counts', () => {
    const matrix = buildMatrix([
      record('OP1', 'RUS', 'support'),
      record('OP1', 'RUS', 'support'),
      record('OP1', 'RUS', 'oppose'),
      record('OP1', 'GBR', 'other'),
    ]);
    const { pages, legend } = parseTable(formatMatrixTable(matrix, { chalk: plain, counts: true }));
    expect(pages[0].rows.get('RUS')).toEqual(['S2O1']);
    expect(pages[0].rows.get('GBR')).toEqual(['X1']);
    expect(legend).toContain('S2O1 = 2 support + 1 oppose');
  });

  it('keeps files apart on multi-file matrices and names the file in the title', () => {
    const matrix = buildMatrix([
      record('PP1', 'GBR', 'support', { file: 'annex-1.txt' }),
      record('OP1', 'GBR', 'oppose', { file: 'annex-1.txt' }),
      record('PP1', 'FRA', 'delete', { file: 'annex-3.txt' }),
    ]);
    const { pages } = parseTable(formatMatrixTable(matrix, { chalk: plain }));
    expect(pages.map((page) => [page.title, page.paragraphs])).toEqual([
      ['annex-1.txt: paragraphs PP1 to OP1 (1/2)', ['PP1', 'OP1']],
      ['annex-3.txt: paragraph PP1 (2/2)', ['PP1']],
    ]);
  });

  it('is plain at chalk level 0 and coloured by stance at level 1', () => {
    const matrix = buildMatrix([
      record('PP1', 'GBR', 'support'),
      record('PP1', 'FRA', 'oppose'),
      record('PP1', 'RUS', 'delete'),
      record('PP1', 'EU', 'other'),
      record('OP1', 'EU', 'support'),
      record('OP1', 'EU', 'oppose'),
    ]);
    const level0 = formatMatrixTable(matrix, { chalk: plain });
    const level1 = formatMatrixTable(matrix, { chalk: coloured });
    expect(level0).not.toContain('\u001b');
    expect(level1).toContain('\u001b[');
    expect(stripVTControlCharacters(level1)).toBe(level0);
    expect(level1).toContain(coloured.green('S'));
    expect(level1).toContain(coloured.red('O'));
    expect(level1).toContain(coloured.yellow('D'));
    expect(level1).toContain(coloured.magenta('X'));
    expect(level1).toContain(coloured.bold('SO'));
  });

  it('says so for an empty matrix', () => {
    expect(formatMatrixTable(buildMatrix([]), { chalk: plain })).toBe('No stance records.\n');
  });
});
