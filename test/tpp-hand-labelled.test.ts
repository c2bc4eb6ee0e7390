// The TPP chapter read with the tpp notation profile, compared record by record with the
// mentions hand-labelled by reading (fixtures/tpp/hand-labelled.csv, lines 415-893).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { TPP_PROFILE } from '../src/profiles/shipped.js';
import type { StanceRecord } from '../src/types.js';

interface Labelled { line: number; column: number; raw: string; country: string; stance: string; paragraph: string; label: string }

/** A CSV line of the fixture: quoted cells may hold commas. */
function cells(line: string): string[] {
  const out: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const match of line.matchAll(pattern)) {
    out.push(match[1].startsWith('"') ? match[1].slice(1, -1).replace(/""/g, '"') : match[1]);
    if (match[2] === '') break;
  }
  return out;
}

function labelled(file: string): Labelled[] {
  const [, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [line, column, raw, country, stance, paragraph, label] = cells(row);
    return { line: Number(line), column: Number(column), raw, country, stance, paragraph, label };
  });
}

export interface Scores {
  mentions: number;
  found: number;
  stance: number;
  country: number;
  paragraph: number;
  records: number;
  matching: number;
  mismatches: string[];
}

/** How the records of lines `from`-`to` compare with the hand-labelled mentions there. */
export function score(records: StanceRecord[], expected: Labelled[], from: number, to: number): Scores {
  const inRegion = records.filter((r) => r.line >= from && r.line <= to);
  const byPlace = new Map(inRegion.map((r) => [`${r.line}:${r.column}`, r]));
  const wanted = new Set(expected.map((e) => `${e.line}:${e.column}`));
  const scores: Scores = { mentions: expected.length, found: 0, stance: 0, country: 0, paragraph: 0, records: inRegion.length, matching: 0, mismatches: [] };
  for (const e of expected) {
    const r = byPlace.get(`${e.line}:${e.column}`);
    if (!r) {
      scores.mismatches.push(`missed   ${e.line}:${e.column} ${e.raw} ${e.stance} ${e.paragraph}`);
      continue;
    }
    scores.found++;
    if (r.stance === e.stance) scores.stance++;
    else scores.mismatches.push(`stance   ${e.line}:${e.column} ${e.raw} expected ${e.stance}, got ${r.stance} (${r.label})`);
    if (r.country === e.country) scores.country++;
    else scores.mismatches.push(`country  ${e.line}:${e.column} expected ${e.country}, got ${r.country}`);
    if (r.paragraph === e.paragraph) scores.paragraph++;
    else scores.mismatches.push(`paragraph ${e.line}:${e.column} ${e.raw} expected ${e.paragraph}, got ${r.paragraph}`);
  }
  for (const r of inRegion) {
    if (wanted.has(`${r.line}:${r.column}`)) scores.matching++;
    else scores.mismatches.push(`extra    ${r.line}:${r.column} ${r.raw} ${r.stance} ${r.paragraph} (${r.label})`);
  }
  return scores;
}

const chapter = readFileSync('fixtures/tpp-ip-chapter-2013-08-30.txt', 'utf8');
const { records } = parseDraft(chapter, { file: 'tpp.txt', notation: TPP_PROFILE });

/** Each answer key in fixtures/tpp/ and the lines it covers (fixtures/tpp/README.md); another key covers its first to its last line. */
const RANGES: Record<string, [number, number]> = { 'hand-labelled.csv': [415, 893], 'hand-labelled-front.csv': [1, 414] };
const keys = readdirSync('fixtures/tpp').filter((name) => /^hand-labelled.*\.csv$/.test(name)).sort();

for (const key of keys) {
  const expected = labelled(`fixtures/tpp/${key}`);
  const [from, to] = RANGES[key] ?? [Math.min(...expected.map((e) => e.line)), Math.max(...expected.map((e) => e.line))];
  describe(`the TPP chapter against the hand-labelled mentions of ${key} (lines ${from}-${to})`, () => {
    const s = score(records, expected, from, to);
    const rate = (n: number, of: number) => (of === 0 ? 0 : n / of);

    it('finds at least 90% of the mentions, with their stance (90%), country (98%) and paragraph (90%) right, and 95% of its records are mentions', () => {
      const summary = `found ${s.found}/${s.mentions}, stance ${s.stance}/${s.found}, country ${s.country}/${s.found}, ` +
        `paragraph ${s.paragraph}/${s.found}, precision ${s.matching}/${s.records}`;
      console.log([`${key}: ${summary}`, ...s.mismatches].join('\n'));
      expect(rate(s.found, s.mentions), summary).toBeGreaterThanOrEqual(0.9);
      expect(rate(s.stance, s.found), summary).toBeGreaterThanOrEqual(0.9);
      expect(rate(s.country, s.found), summary).toBeGreaterThanOrEqual(0.98);
      expect(rate(s.paragraph, s.found), summary).toBeGreaterThanOrEqual(0.9);
      expect(rate(s.matching, s.records), summary).toBeGreaterThanOrEqual(0.95);
    });
  });
}

describe('the answer keys', () => {
  it('include the 340 mentions of lines 415-893', () => {
    expect(keys).toContain('hand-labelled.csv');
    expect(labelled('fixtures/tpp/hand-labelled.csv')).toHaveLength(340);
  });
});
