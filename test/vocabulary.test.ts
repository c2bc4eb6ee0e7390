import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary, loadVocabulary } from '../src/records/vocabulary.js';
import { ConfigError } from '../src/errors.js';
import { jsonSource } from '../src/cli/json-file.js';

const vocabulary = loadVocabulary();
const tmp = mkdtempSync(join(tmpdir(), 'kyoto-vocabulary-'));
let fileCount = 0;
function userFile(content: unknown): string {
  const file = join(tmp, `vocabulary-${++fileCount}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
/** As the CLI passes --FILE: read (a missing file or bad JSON throws ConfigError there), then loaded. */
const load = (file: string) => loadVocabulary(jsonSource(file));

describe('the label table of NOTATION.md', () => {
  it.each([
    // row 1: original with retain/prefer/support/keep/revert
    ['retain original', 'oppose'],
    ['prefer original', 'oppose'],
    ['support the original text', 'oppose'],
    ['revert to original language', 'oppose'],
    ['Keep ORIGINAL', 'oppose'],
    // row 2
    ['oppose', 'oppose'],
    ['reservation', 'oppose'],
    ['oppose deletion of OP6 and OP7', 'oppose'],
    ['oppose moving', 'oppose'],
    ['not clear', 'oppose'],
    ['Oppose replacement of OP6', 'oppose'],
    // row 3
    ['delete', 'delete'],
    ['delete this para', 'delete'],
    ['delete until here', 'delete'],
    ['end here', 'delete'],
    ['stop at “conducive to crime”', 'delete'],
    ['stop\n here', 'delete'],
    // row 4
    ['support', 'support'],
    ['support concept', 'support'],
    ['keep this para', 'support'],
    ['add “as appropriate”', 'support'],
    ['retain and add “…”', 'support'],
    ['Move also OP7 here and insert the element of the rule of law', 'support'],
    // row 5
    ['retain', 'oppose'],
    ['retain both', 'oppose'],
    ['retain and replace “including” with “such as”', 'oppose'],
    // row 6
    ['move OP6 here', 'other'],
    ['appropriate placement of addition to be considered', 'other'],
    ['issue in translation', 'other'],
    // row 7: proposed wording
    ['reaffirm', 'support'],
    ['recall', 'support'],
    ['and crimes against migrants', 'support'],
  ] as const)('%j -> %s', (label, stance) => {
    expect(vocabulary.stanceOf(label)).toBe(stance);
  });

  it('matches whole words only', () => {
    expect(vocabulary.stanceOf('merged paragraphs')).toBe('support'); // not `merge`
    expect(vocabulary.stanceOf('merge paragraphs')).toBe('other');
    expect(vocabulary.stanceOf('deleted')).toBe('support'); // not `delete`
    expect(vocabulary.stanceOf('additional')).toBe('support');
    expect(vocabulary.stanceOf('stopping here')).toBe('support');
    expect(vocabulary.stanceOf('remove.')).toBe('delete');
    expect(vocabulary.stanceOf('(delete)')).toBe('delete');
  });

  it('ignores quoted wording in all quote styles', () => {
    expect(vocabulary.stanceOf('“delete”')).toBe('support');
    expect(vocabulary.stanceOf('"delete" and "move"')).toBe('support');
    expect(vocabulary.stanceOf('‘oppose’')).toBe('support');
    expect(vocabulary.stanceOf('replace “x” by “y”')).toBe('other');
    expect(vocabulary.stanceOf('States’ obligations: delete')).toBe('delete');
  });
});

describe('isKnownLabel and keywords', () => {
  it('knows labels some row matches, not proposed wording', () => {
    expect(vocabulary.isKnownLabel('retain original')).toBe(true);
    expect(vocabulary.isKnownLabel('issue in translation')).toBe(true);
    expect(vocabulary.isKnownLabel('reaffirm')).toBe(false);
    expect(vocabulary.isKnownLabel('“delete”')).toBe(false);
  });

  it('lists the single words of the rows, lower-case and without repeats', () => {
    const words = vocabulary.keywords();
    for (const word of ['oppose', 'delete', 'support', 'retain', 'move', 'flexible', 'remove']) expect(words).toContain(word);
    expect(words).not.toContain('stop here');
    expect(words).not.toContain('not clear');
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((word) => word === word.toLowerCase() && !/\s/.test(word))).toBe(true);
  });
});

describe('user vocabulary files (--vocabulary)', () => {
  it('extend puts the user rows first: SUP means delete', () => {
    const words = load(userFile({ mode: 'extend', rows: [{ stance: 'delete', any: ['sup'] }] }));
    expect(words.stanceOf('SUP')).toBe('delete');
    expect(words.stanceOf('retain original')).toBe('oppose');
    expect(words.stanceOf('reaffirm')).toBe('support');
    expect(words.keywords()).toContain('sup');
  });

  it('extend rows win over default rows', () => {
    const words = load(userFile({ rows: [{ stance: 'other', any: ['retain'] }] }));
    expect(words.stanceOf('retain')).toBe('other');
  });

  it('replace uses only the user rows and fallback', () => {
    const words = load(userFile({
      mode: 'replace',
      rows: [{ stance: 'delete', any: ['supprimer', 'jusqu’ici'] }, { stance: 'oppose', any: ['maintenir'], all: ['original'] }],
      fallback: 'other',
    }));
    expect(words.stanceOf('supprimer')).toBe('delete');
    expect(words.stanceOf('maintenir le texte original')).toBe('oppose');
    expect(words.stanceOf('maintenir')).toBe('other');
    expect(words.stanceOf('delete')).toBe('other');
    expect(words.isKnownLabel('delete')).toBe(false);
  });

  it('replace without a fallback keeps the default one', () => {
    const words = load(userFile({ mode: 'replace', rows: [] }));
    expect(words.stanceOf('delete')).toBe('support');
  });

  it('escapes regex characters in user words', () => {
    const words = new Vocabulary([{ stance: 'other', any: ['(see', 'a+b', 'c.d'] }]);
    expect(words.stanceOf('(see note)')).toBe('other');
    expect(words.stanceOf('a+b')).toBe('other');
    expect(words.stanceOf('cxd')).toBe('support');
  });

  it('a missing file or invalid JSON throws ConfigError naming the file', () => {
    const missing = join(tmp, 'nope.json');
    expect(() => load(missing)).toThrow(ConfigError);
    expect(() => load(missing)).toThrow(missing);
    const broken = userFile('{\n  "rows": [\n    { "stance": "delete", "any": ["sup"] },\n  ]\n}');
    expect(() => load(broken)).toThrow(ConfigError);
  });

  it.each([
    ['a non-object', 'rows'],
    ['a bad mode', { mode: 'append', rows: [] }],
    ['an unknown member', { row: [] }],
    ['rows not an array', { rows: {} }],
    ['a bad stance', { rows: [{ stance: 'abstain', any: ['abstain'] }] }],
    ['a row without words', { rows: [{ stance: 'delete', any: [] }] }],
    ['a row with an empty word', { rows: [{ stance: 'delete', any: [' '] }] }],
    ['a row with a bad all', { rows: [{ stance: 'delete', any: ['x'], all: 'y' }] }],
    ['an unknown row member', { rows: [{ stance: 'delete', any: ['x'], none: ['y'] }] }],
    ['a bad fallback', { rows: [], fallback: 'neutral' }],
  ])('a file with %s throws ConfigError', (_what, content) => {
    const file = userFile(content);
    expect(() => load(file)).toThrow(ConfigError);
    expect(() => load(file)).toThrow(file);
  });
});

describe('ASCII labels are matched without the Unicode regexes', () => {
  // The reference: each row's terms as the whole-word regexes of vocabulary.ts, tried in order.
  const reference = (v: Vocabulary, label: string) => {
    const words = (term: string) => term.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const whole = (terms: string[]) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.map(words).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
    const unquoted = label.replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’/g, ' ');
    const row = v.rows.find((r) => whole(r.any).test(unquoted) && (r.all ?? []).every((t) => whole([t]).test(unquoted)));
    return row?.stance ?? v.fallback;
  };
  const custom = new Vocabulary([
    ...vocabulary.rows,
    { stance: 'other', any: ['co-operation', 'a.b', 'x+y', 'under_score', 'Two  Words here', '9lives'], all: ['must'] },
  ]);
  const pieces = [
    'retain', 'ORIGINAL', 'deleted', 'Delete', 'stop', 'here', 'not', 'clear', 'supported', 'Two', 'words', 'must', 'a.b', 'aXb',
    'x+y', 'under_score', '9lives', 'co-operation', '_', '1', ' ', '  ', '\t', '\n', '\v', '-', '.', ',', ':', '"keep"', 'é', 'ſ', 'K',
  ];
  it('gives the stance the row regexes give', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const label = parts.join('');
      for (const v of [vocabulary, custom]) expect(v.stanceOf(label)).toBe(reference(v, label));
    }), { numRuns: 2000 });
  });

  it('answers the same once it has seen more labels than it keeps', () => {
    const v = new Vocabulary(vocabulary.rows);
    const labels = ['delete', 'retain original', 'move OP2 here', 'and crimes against migrants'];
    const first = labels.map((label) => v.stanceOf(label));
    expect(first).toEqual(['delete', 'oppose', 'other', 'support']);
    for (let i = 0; i < 10_000; i++) v.stanceOf(`proposed wording number ${i}`);
    expect(labels.map((label) => v.stanceOf(label))).toEqual(first);
  });
});

describe('the labels the vocabulary remembers', () => {
  it('do not keep alive the text they were cut from', () => {
    // Runs the built module (dist/, made by `npm test`'s build step) in a process of its own,
    // with a collector it can call: a label cut from a 40 MB text is
    // looked up, the text dropped, and the heap must shrink back (V8 keeps a long substring as a
    // view into its parent, so a remembered label would otherwise hold the whole text).
    const module = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'src', 'records', 'vocabulary.js')).href;
    const script = `
      import { getHeapStatistics } from 'node:v8';
      const { loadVocabulary } = await import(${JSON.stringify(module)});
      const vocabulary = loadVocabulary();
      let text = 'retain original wording ' + 'x'.repeat(40e6);
      let label = text.slice(0, 23);
      const stance = vocabulary.stanceOf(label);
      text = label = null;
      /x/.test('x'); // V8 keeps the last regex subject (RegExp.$_), which may be the label
      gc();
      console.log(JSON.stringify({ stance, heapMB: getHeapStatistics().used_heap_size / 1e6 }));
    `;
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { stance, heapMB } = JSON.parse(result.stdout);
    expect(stance).toBe('oppose');
    expect(heapMB).toBeLessThan(20);
  });
});
