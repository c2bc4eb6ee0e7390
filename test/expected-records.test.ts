/**
 * The parser against the two hand-checked record files in test/expected/:
 * the maintainers' sample (PP1 to OP1 ALT) and the hand-labelled paragraphs
 * (see test/expected/README.md). Records are matched on (line, column).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import type { StanceRecord } from '../src/types.js';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
const result = parseDraft(readFileSync(here(`../${DRAFT}`), 'utf8'), { file: DRAFT });

/** The CSV's rows as objects keyed by its header (csv-parse; a row of the wrong length is an error). */
const readCsv = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true, skip_empty_lines: true });

interface Expected {
  line: number; column: number; raw: string; country: string; stance: string;
  paragraph: string; struck: boolean; label: string;
}

function loadExpected(name: string): Expected[] {
  return readCsv(readFileSync(here(`./expected/${name}`), 'utf8')).map((r) => ({
    line: Number(r.line), column: Number(r.column), raw: r.raw, country: r.country, stance: r.stance,
    paragraph: r.paragraph, struck: r.struck === 'true', label: r.label,
  }));
}

const FIELDS = ['raw', 'country', 'stance', 'paragraph', 'struck', 'label'] as const;
const key = (r: { line: number; column: number }) => `${r.line}:${r.column}`;
const show = (r: Expected | StanceRecord) =>
  `${r.raw}->${r.country} ${r.stance} ${r.paragraph} struck=${r.struck} label=${JSON.stringify(r.label)}`;

/** Every expected record must be found and equal; no record of a covered paragraph may be missing from the file. */
function compare(expected: Expected[], coveredParagraphs: ReadonlySet<string>, coveredLines?: [number, number]): string[] {
  const mismatches: string[] = [];
  const actualByKey = new Map<string, StanceRecord[]>();
  for (const r of result.records) {
    const list = actualByKey.get(key(r)) ?? [];
    list.push(r);
    actualByKey.set(key(r), list);
  }
  const expectedKeys = new Set<string>();
  for (const e of expected) {
    expectedKeys.add(key(e));
    const found = actualByKey.get(key(e)) ?? [];
    if (found.length === 0) { mismatches.push(`missing ${key(e)} ${show(e)}`); continue; }
    if (found.length > 1) mismatches.push(`duplicate ${key(e)}: ${found.map(show).join(' | ')}`);
    const actual = found[0];
    const differing = FIELDS.filter((f) => actual[f] !== e[f]);
    if (differing.length > 0) {
      mismatches.push(`differs ${key(e)} [${differing.join(',')}]: expected ${show(e)}; got ${show(actual)}`);
    }
  }
  for (const r of result.records) {
    if (expectedKeys.has(key(r))) continue;
    const inParagraph = coveredParagraphs.has(r.paragraph);
    const inLines = coveredLines !== undefined && r.line >= coveredLines[0] && r.line <= coveredLines[1];
    if (inParagraph || inLines) mismatches.push(`extra ${key(r)} ${show(r)}`);
  }
  return mismatches;
}

describe('maintainers\' sample: lines 114-142, PP1 to OP1 ALT', () => {
  const expected = loadExpected('sample-records-pp1-op1alt.csv');
  const paragraphs = new Set(expected.map((e) => e.paragraph));

  it('the expected file reads as the README describes', () => {
    expect(expected.length).toBeGreaterThan(100);
    expect([...paragraphs]).toEqual(['PP1', 'PP2', 'PP3', 'PP4', 'PP4 ALT1', 'PP4 ALT2', 'PP4 ALT3', 'OP1', 'OP1 ALT']);
    // The label with commas is read as one field.
    expect(expected.find((e) => e.line === 132 && e.column === 864)?.label)
      .toBe('ALT: At the same time, criminal elements have exploited these conditions to their advantages.');
  });

  it('every expected record is produced, equal on raw, country, stance, paragraph, struck and label; no extras', () => {
    expect(compare(expected, paragraphs, [114, 142])).toEqual([]);
  });
});

describe('hand-labelled paragraphs of Annexes I and II', () => {
  const expected = loadExpected('hand-labelled.csv');
  // OP13 is covered with no rows: it must yield no records.
  const paragraphs = new Set([...expected.map((e) => e.paragraph), 'OP13']);

  it('the expected file reads as the README describes', () => {
    expect(expected).toHaveLength(368);
    expect(paragraphs.size).toBe(26);
    for (const id of ['OP9', 'OP10', 'OP11', 'OP14', 'OP15', 'OP18', 'OP26', 'OP28 ALT', 'OP31', 'NEW PP5', 'NEW PP5 ALT',
      'OP1 ALT Ter', 'OP1 ALT Quat', 'OP3 ALT', 'OP6 Bis', 'OP6 Bis ALT', 'OP8 Bis', 'OP16 Bis', 'OP16 Ter', 'OP16 Quat',
      'OP22 Bis', 'OP24 Bis', 'OP29 Bis', 'OP32 Bis', 'OP32 Bis ALT']) {
      expect(paragraphs.has(id), id).toBe(true);
    }
  });

  it('every expected record is produced, equal on raw, country, stance, paragraph, struck and label; no extras', () => {
    expect(compare(expected, paragraphs)).toEqual([]);
  });

  it('OP13 (`~~11~~-13.`, no mentions) yields no records', () => {
    expect(result.records.filter((r) => r.paragraph === 'OP13')).toEqual([]);
  });
});
