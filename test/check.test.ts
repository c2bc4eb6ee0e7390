/**
 * `checkDraft` on the hand-written transcriptions of fixtures/check/ (NOTATION.md, "What
 * `check` reports"). Every fixture is the clean draft with one fault (several-faults.txt: six,
 * one per line). The expected findings are written from the fixture text: the line is
 * known by construction, the column is where the offending text starts on that line (found
 * by `col`, which counts characters, 1-based), never copied from the program's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../src/check/findings.js';
import { RULES, type RuleName } from '../src/check/rules.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'check');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

type Tuple = [rule: RuleName, line: number, column: number, severity: 'error' | 'warning'];

/** 1-based column (in characters) of the `nth` occurrence of `needle` on line `line` of `text`, plus `offset`. */
function col(text: string, line: number, needle: string, { nth = 1, offset = 0 } = {}): number {
  const source = text.split(/\r\n|\r|\n/)[line - 1];
  if (source === undefined) throw new Error(`no line ${line}`);
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`\`${needle}\` (occurrence ${nth}) is not on line ${line}: ${source}`);
  }
  return [...source.slice(0, index)].length + 1 + offset;
}

const tuples = (findings: Finding[]): Tuple[] => findings.map((f) => [f.rule as RuleName, f.line, f.column, f.severity]);

const error = (rule: RuleName, line: number, column: number): Tuple => [rule, line, column, 'error'];
const warning = (rule: RuleName, line: number, column: number): Tuple => [rule, line, column, 'warning'];

/** Fixture -> its findings, built from the fixture's own text. */
const EXPECTED: Record<string, (t: string) => Tuple[]> = {
  'clean.txt': () => [],
  'unclosed-group.txt': (t) => [error('unclosed-group', 11, col(t, 11, '[CAN, MEX'))],
  'unknown-code.txt': (t) => [error('unknown-code', 13, col(t, 13, 'XYZ'))],
  'mistyped-code.txt': (t) => [error('unknown-code', 15, col(t, 15, 'GRB'))],
  // The `:` after `delete`.
  'empty-code-list.txt': (t) => [error('empty-code-list', 9, col(t, 9, 'delete: ]', { offset: 'delete'.length }))],
  'empty-group.txt': (t) => [error('empty-group', 13, col(t, 13, '[]'))],
  // The second FRA of `[FRA,BEL,FRA; …]`.
  'duplicate-code.txt': (t) => [warning('duplicate-code', 9, col(t, 9, 'FRA', { nth: 2 }))],
  // The second `3.` (line 15) begins its line.
  'repeated-paragraph.txt': () => [warning('repeated-paragraph', 15, 1)],
  // 1, 2, 3, 5.
  'skipped-paragraph.txt': () => [warning('paragraph-numbering', 15, 1)],
  // 1, 2, 4, 3: 4 skips 3, then 3 goes back (3 is not a repeat, so it is a numbering finding).
  'numbering-back.txt': () => [warning('paragraph-numbering', 13, 1), warning('paragraph-numbering', 15, 1)],
  // `~~enhance~~` is closed; the second opening `~~` (before `law enforcement`) never is.
  'unclosed-strike.txt': (t) => [error('unclosed-strike', 11, col(t, 11, '~~law'))],
  'aliased-code.txt': (t) => [warning('aliased-code', 9, col(t, 9, 'UK;')), warning('aliased-code', 13, col(t, 13, 'NDL'))],
  'stray-closer.txt': (t) => [error('stray-closer', 13, col(t, 13, '] at'))],
  // `[FRA, BEL)`: reported at the `)`.
  'mismatched-bracket.txt': (t) => [error('mismatched-bracket', 3, col(t, 3, 'BEL)', { offset: 3 }))],
  'several-faults.txt': (t) => [
    error('unclosed-group', 3, col(t, 3, '[FRA,BEL')), // `]` missing before the final `;`
    error('unknown-code', 5, col(t, 5, 'GRB')),
    error('empty-code-list', 9, col(t, 9, 'original: ]', { offset: 'original'.length })),
    warning('duplicate-code', 11, col(t, 11, 'EGY', { nth: 2 })),
    warning('aliased-code', 13, col(t, 13, 'UK]')),
    warning('paragraph-numbering', 15, 1), // 5. after 3.
  ],
};

const FIXTURES = Object.keys(EXPECTED);

describe('checkDraft on fixtures/check', () => {
  it('has a fixture file for every entry, and an entry for every fixture file', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual([...FIXTURES].sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exactly the expected (rule, line, column, severity)`, () => {
      const text = read(name);
      const findings = checkDraft(text, { file: `fixtures/check/${name}` });
      expect(tuples(findings)).toEqual(expected(text));
      for (const f of findings) {
        expect(f.file).toBe(`fixtures/check/${name}`);
        expect(f.message).not.toBe('');
        expect(f.message).not.toContain('\n');
      }
    });
  }

  it('the test helper counts columns as characters', () => {
    expect(col('ab\n“x” [FRA]', 2, 'FRA')).toBe(6);
    expect(col('😀 [FRA]', 1, 'FRA')).toBe(4);
  });

  it('every fixture but clean.txt is a transcription with a fault', () => {
    for (const name of FIXTURES.filter((n) => n !== 'clean.txt')) expect(EXPECTED[name](read(name)).length).toBeGreaterThan(0);
  });

  it('findings come sorted by line, then column', () => {
    const findings = checkDraft(read('several-faults.txt'));
    const keys = findings.map((f) => [f.line, f.column]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('the file defaults to `-`', () => {
    expect(checkDraft(read('unknown-code.txt')).map((f) => f.file)).toEqual(['-']);
  });
});

describe('messages', () => {
  const only = (name: string) => {
    const findings = checkDraft(read(name));
    expect(findings).toHaveLength(1);
    return findings[0].message;
  };

  it('a mistyped code suggests the code it was meant to be', () => {
    expect(only('mistyped-code.txt')).toContain('did you mean `GBR`');
    expect(only('mistyped-code.txt')).toContain('GRB');
  });

  it('an unknown code is named', () => {
    expect(only('unknown-code.txt')).toContain('`XYZ`');
  });

  it('a skipped number says which is missing; going back says so', () => {
    expect(only('skipped-paragraph.txt')).toMatch(/\b4 is missing/);
    const back = checkDraft(read('numbering-back.txt')).map((f) => f.message);
    expect(back[0]).toMatch(/\b3 is missing/);
    expect(back[1]).toMatch(/goes back/);
  });

  it('a repeated paragraph names the ID', () => {
    expect(only('repeated-paragraph.txt')).toContain('OP3');
  });

  it('an alias names the canonical code', () => {
    const messages = checkDraft(read('aliased-code.txt')).map((f) => f.message);
    expect(messages[0]).toContain('GBR');
    expect(messages[1]).toContain('NLD');
  });

  it('a duplicate names the code', () => {
    expect(only('duplicate-code.txt')).toContain('FRA');
  });

  it('bracket faults name the bracket', () => {
    expect(only('unclosed-group.txt')).toContain('[');
    expect(only('stray-closer.txt')).toContain(']');
    expect(only('mismatched-bracket.txt')).toContain(')');
  });
});

describe('--strict', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the same findings, every one an error`, () => {
      const text = read(name);
      const strict = checkDraft(text, { strict: true });
      expect(tuples(strict)).toEqual(expected(text).map(([rule, line, column]) => [rule, line, column, 'error']));
    });
  }

  it('reports a label outside the vocabulary, only under --strict, at the first code of its segment', () => {
    const text = [
      '*Declare the following:*',
      '',
      '1. We undertake to prevent and fight crime [bananas: FRA, BEL; delete: RUS].',
    ].join('\n');
    expect(checkDraft(text)).toEqual([]);
    const strict = checkDraft(text, { strict: true });
    expect(tuples(strict)).toEqual([error('unknown-label', 3, col(text, 3, 'FRA'))]);
    expect(strict[0].message).toContain('bananas');
  });

  it('labels of the vocabulary are not reported', () => {
    const text = '1. We act [FRA; delete: RUS; retain original: EGY; oppose: USA; support: CAN; move OP6 here: MEX].';
    expect(checkDraft(text, { strict: true })).toEqual([]);
  });

  it('unknown-label is a strict-only rule', () => {
    expect((RULES['unknown-label'] as { strictOnly?: boolean }).strictOnly).toBe(true);
  });
});

describe('faults wherever they occur (NOTATION.md, "What `check` reports")', () => {
  // A paragraph without any code-like word is still part of a transcription meant to be clean.
  it('an empty group in a paragraph that names no delegation', () => {
    const text = '1. We reaffirm our commitment to the rule of law [] at all levels.';
    expect(tuples(checkDraft(text))).toEqual([error('empty-group', 1, col(text, 1, '[]'))]);
  });

  it('an unclosed `[` in a paragraph that names no delegation', () => {
    const text = '1. We reaffirm our commitment to [the rule of law at all levels.';
    expect(tuples(checkDraft(text))).toEqual([error('unclosed-group', 1, col(text, 1, '[the'))]);
  });

  it('a stray `]` in a paragraph that names no delegation', () => {
    const text = '1. We reaffirm our commitment to the rule of law] at all levels.';
    expect(tuples(checkDraft(text))).toEqual([error('stray-closer', 1, col(text, 1, ']'))]);
  });

  it('an unclosed `~~` in a paragraph that names no delegation', () => {
    const text = '1. We reaffirm our commitment to ~~the rule of law at all levels.';
    expect(tuples(checkDraft(text))).toEqual([error('unclosed-strike', 1, col(text, 1, '~~'))]);
  });

  it('CRLF line ends give the same findings', () => {
    const text = read('several-faults.txt');
    expect(tuples(checkDraft(text.replace(/\n/g, '\r\n')))).toEqual(tuples(checkDraft(text)));
  });

  it('after two paragraphs swapped (1, 2, 4, 3, 5), 5 is not reported as skipping 4', () => {
    const text = ['1. First [FRA].', '', '2. Second [FRA].', '', '4. Fourth [FRA].', '', '3. Third [FRA].', '', '5. Fifth [FRA].'].join('\n');
    const findings = checkDraft(text);
    expect(findings.filter((f) => f.line === 9)).toEqual([]);
    expect(tuples(findings)).toEqual([warning('paragraph-numbering', 5, 1), warning('paragraph-numbering', 7, 1)]);
  });
});
