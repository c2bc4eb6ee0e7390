// The terminal toolkit every terminal format lays its text out with.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { chalkFor } from '../../src/formatters/terminal/colour.js';
import { plural } from '../../src/formatters/terminal/plural.js';
import { renderTable } from '../../src/formatters/terminal/table.js';
import { pad, padStart, textWidth, truncate } from '../../src/formatters/terminal/width.js';
import { joinWrapped, wrapIndented, wrapText, wrapWords } from '../../src/formatters/terminal/wrap.js';

const plain = new Chalk({ level: 0 });

describe('widths', () => {
  it('counts code points, pads and cuts to columns', () => {
    expect(textWidth('Côte·')).toBe(5);
    expect(pad('ab', 4)).toBe('ab  ');
    expect(padStart('ab', 4)).toBe('  ab');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcdef', 4, 'start')).toBe('…def');
    expect(truncate('abc', 4)).toBe('abc');
  });
});

describe('wrapping', () => {
  it('wraps words to the width and splits a word longer than a line', () => {
    expect(wrapText('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('indents continuation lines of an indented line further', () => {
    expect(wrapIndented('  aa bb cc dd', 9)).toEqual(['  aa bb', '    cc dd']);
  });

  it('wraps styled words by their plain width, the label on the first line only', () => {
    const words = ['FRA', 'GBR', 'USA'].map((code) => ({ plain: code, styled: `<${code}>` }));
    expect(wrapWords(words, 12, 'for ')).toEqual(['for <FRA> <GBR>', '    <USA>']);
    expect(joinWrapped(words, '  ', 10, 'L: ')).toEqual(['L: <FRA>', '<GBR>  <USA>']);
  });
});

describe('tables', () => {
  it('gives room from the columns with a minimum, last first, and never passes the width', () => {
    const lines = renderTable([{ header: 'code' }, { header: 'text', min: 4 }], [['FRA', 'a long text to cut']], 14, plain);
    expect(lines).toEqual(['code  text', '────  ────────', 'FRA   a long…']);
    expect(Math.max(...lines.map(textWidth))).toBeLessThanOrEqual(14);
  });
});

describe('plurals and colour', () => {
  it('says 1 file, 2 files, 0 files', () => {
    expect([0, 1, 2].map((n) => plural(n, 'file'))).toEqual(['0 files', '1 file', '2 files']);
  });

  it('colours a terminal unless NO_COLOR; FORCE_COLOR colours anything', () => {
    expect(chalkFor({}, false).level).toBe(0);
    expect(chalkFor({ NO_COLOR: '1' }, true).level).toBe(0);
    expect(chalkFor({ FORCE_COLOR: '1' }, false).level).toBe(1);
    expect(chalkFor({}, true).level).toBeGreaterThan(0);
  });
});
