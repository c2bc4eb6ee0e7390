// A JSON document with its one long array written item by item (src/util/streamed-json.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectPieces, STREAMED_ARRAY, StreamedJson, streamedArray } from '../src/util/streamed-json.js';

/** The streamed text of `document` with `items` in place of STREAMED_ARRAY, added in the slices `cuts` make. */
function streamed(document: unknown, items: unknown[], cuts: number[]): string {
  const json = new StreamedJson(document);
  let text = '';
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    text += json.items(items.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  return text + json.items(items.slice(from)) + json.end();
}

/** The same document with the array in place, as JSON.stringify writes it. */
function whole(document: unknown, items: unknown[]): string {
  return `${JSON.stringify(document, (_key, value) => (value === STREAMED_ARRAY ? items : value), 2)}\n`;
}

// A document at some depth with the array somewhere in it: as the array, in an object, in an
// array of objects (where SARIF has its results), among other keys before and after.
const holder = fc.oneof(
  fc.constant<(array: string) => unknown>((array) => array),
  fc.constant<(array: string) => unknown>((array) => ({ before: 1, results: array, after: 'x' })),
  fc.constant<(array: string) => unknown>((array) => ({ runs: [{ tool: { name: 't' }, results: array, kind: 'k' }] })),
);
// Values whose strings hold line breaks, quotes and non-ASCII: escaped by JSON, never raw.
const value = fc.jsonValue();

describe('a streamed JSON array', () => {
  it('is JSON.stringify(document, null, 2) whatever the document, the items and the slices they come in', () => {
    fc.assert(fc.property(holder, fc.array(value, { maxLength: 12 }), fc.array(fc.nat(12), { maxLength: 4 }), (wrap, items, cuts) => {
      const document = wrap(STREAMED_ARRAY);
      expect(streamed(document, items, cuts)).toBe(whole(document, items));
    }));
  });

  it('writes `[]` for no items, and the head of the document only once', () => {
    const json = new StreamedJson({ a: 1, list: STREAMED_ARRAY });
    expect(json.items([]) + json.items([]) + json.end()).toBe('{\n  "a": 1,\n  "list": []\n}\n');
  });

  it('refuses a document without the placeholder', () => {
    expect(() => new StreamedJson({ list: [] })).toThrow(/no streamed array/);
  });
});

// The records JSON's shape: several arrays in one document, filled in document order, some
// skipped (left empty), each in slices.
describe('several streamed arrays in one document', () => {
  const names = ['paragraphs', 'records', 'diagnostics'];
  const documentOf = (kept: boolean[]) => Object.fromEntries(names.filter((_, i) => kept[i]).map((name) => [name, streamedArray(name)]));

  it('are JSON.stringify(document, null, 2) whatever the items and the slices they come in', () => {
    const lists = fc.tuple(fc.array(value, { maxLength: 6 }), fc.array(value, { maxLength: 6 }), fc.array(value, { maxLength: 6 }));
    fc.assert(fc.property(lists, fc.array(fc.nat(6), { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (items, cuts, givenKept) => {
      const kept = givenKept.some(Boolean) ? givenKept : [true, true, true];
      const document = documentOf(kept);
      const json = new StreamedJson(document);
      let text = '';
      names.forEach((name, i) => {
        if (!kept[i]) return;
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          text += json.items(items[i]!.slice(from, Math.max(from, cut)), name);
          from = Math.max(from, cut);
        }
        text += json.items(items[i]!.slice(from), name);
      });
      const expected = `${JSON.stringify(Object.fromEntries(names.map((name, i) => [name, items[i]]).filter((_, i) => kept[i])), null, 2)}\n`;
      expect(text + json.end()).toBe(expected);
    }));
  });

  it('leaves an array not written to empty, and refuses to go back to one already closed', () => {
    const json = new StreamedJson(documentOf([true, true, true]));
    expect(json.items([1], 'records')).toBe('{\n  "paragraphs": [],\n  "records": [\n    1');
    expect(() => json.items([2], 'paragraphs')).toThrow(/array 'paragraphs' after 'records'/);
    expect(() => json.items([2], 'notes')).toThrow(/no array 'notes'/);
    expect(json.end()).toBe('\n  ],\n  "diagnostics": []\n}\n');
  });
});

describe('an object written member by member', () => {
  const pieces = (members: [string, unknown][], indent: string) => [...objectPieces(() => members, indent)].join('');
  /** The object as JSON.stringify writes it inside a document at `indent`: its first line's text left out. */
  const stringified = (members: [string, unknown][], indent: string) =>
    JSON.stringify(Object.fromEntries(members), null, 2).replace(/\n/g, `\n${indent}`);

  it('is JSON.stringify(object, null, 2), array-index keys first in numeric order, whatever the keys and values', () => {
    const key = fc.oneof(fc.string(), fc.nat({ max: 5000 }).map(String), fc.constantFrom('01', '-1', '4294967294', '4294967295', '1.5', 'OP1', '__proto__x'));
    const value = fc.oneof(fc.string(), fc.integer(), fc.record({ support: fc.nat(), oppose: fc.nat() }), fc.array(fc.nat(), { maxLength: 2 }));
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 12 }), fc.constantFrom('', '  ', '      '), (members, indent) => {
      expect(pieces(members, indent)).toBe(stringified(members, indent));
    }));
  });

  it('writes `{}` for no members, and asks for the members twice, not more', () => {
    let asked = 0;
    const text = [...objectPieces(() => { asked++; return [['b', 1], ['10', 'x'], ['2', 'y']]; }, '  ')].join('');
    expect(text).toBe('{\n    "2": "y",\n    "10": "x",\n    "b": 1\n  }');
    expect(asked).toBe(2);
    expect([...objectPieces(() => [], '    ')].join('')).toBe('{}');
  });
});
