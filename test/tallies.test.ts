// What the commands that count (the matrices, `contested`, `blocs`) keep of a draft's records:
// tallies, one per delegation, stance and paragraph (StanceTallies), and the rankings made from
// them. Each must give what the records give, on the real drafts: the reference draft, the
// adopted text and both together (two files, so keys carry the file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankContested, topContested } from '../src/analyses/contested.js';
import { buildMatrix, StanceTallies } from '../src/analyses/matrix.js';
import { buildPositions, PositionsBuilder } from '../src/analyses/positions.js';
import { parseDraft, readSections } from '../src/api.js';
import { checkDraft, FindingsCollector, type Finding } from '../src/check/findings.js';
import type { ParseResult } from '../src/types.js';
import { TPP_PROFILE } from '../src/profiles/shipped.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const parse = (name: string) => parseDraft(read(name), { file: name });
const merged = (...results: ParseResult[]) => ({
  records: results.flatMap((r) => r.records),
  paragraphs: results.flatMap((r) => r.paragraphs),
});

const inputs: [string, { records: ParseResult['records']; paragraphs: ParseResult['paragraphs'] }][] = [
  ['the reference draft', merged(parse('kyoto-6227-20-annexes.txt'))],
  ['the adopted text then the reference draft', merged(parse('kyoto-final-6456-21.txt'), parse('kyoto-6227-20-annexes.txt'))],
  ['the TPP chapter', merged(parseDraft(read('tpp-ip-chapter-2013-08-30.txt'), { file: 'tpp.txt', notation: TPP_PROFILE }))],
];

describe('tallies count as the records do', () => {
  it.each(inputs)('%s: the same matrix and positions, from far fewer entries', (_, { records, paragraphs }) => {
    const tallies = new StanceTallies();
    // Added in parts, as the sections of a reading come.
    for (let at = 0; at < records.length; at += 37) tallies.add(records.slice(at, at + 37));
    expect(tallies.tallies.reduce((sum, t) => sum + t.count!, 0)).toBe(records.length);
    expect(buildMatrix(tallies.tallies, paragraphs)).toEqual(buildMatrix(records, paragraphs));
    const fromTallies = buildPositions(tallies.tallies);
    const fromRecords = buildPositions(records);
    expect(fromTallies.entries).toEqual(fromRecords.entries);
    expect(fromTallies.paragraphs).toEqual(fromRecords.paragraphs);
    expect(fromTallies.byCountry).toEqual(fromRecords.byCountry);
    expect(fromTallies.byParagraph).toEqual(fromRecords.byParagraph);
  });

  it('the reference draft: 1,519 records are fewer tallies, one per cell and stance', () => {
    const { records } = inputs[0]![1];
    const tallies = new StanceTallies();
    tallies.add(records);
    const cells = new Set(records.map((r) => `${r.paragraph}|${r.country}|${r.stance}`));
    expect(records).toHaveLength(1519);
    expect(tallies.tallies).toHaveLength(cells.size);
    expect(cells.size).toBeLessThan(1519);
  });
});

describe('positions counted a part at a time', () => {
  it.each(inputs)('%s: what buildPositions gives all the records at once', (_, { records }) => {
    const builder = new PositionsBuilder();
    for (let at = 0; at < records.length; at += 23) builder.add(records.slice(at, at + 23));
    const parts = builder.build();
    const whole = buildPositions(records);
    for (const key of ['multiFile', 'paragraphs', 'countries', 'names', 'entries', 'byCountry', 'byParagraph'] as const) expect(parts[key]).toEqual(whole[key]);
  });
});

describe('topContested', () => {
  it.each(inputs)('%s: the first N of rankContested, lists of delegations included, and how many it ranks', (_, { records }) => {
    const positions = buildPositions(records);
    const all = rankContested(positions);
    expect(all.length).toBeGreaterThan(3);
    for (const top of [1, 3, all.length + 5]) {
      expect(topContested(positions, top)).toEqual({ shown: all.slice(0, top), total: all.length });
    }
    expect(topContested(positions, 0).shown).toEqual(all);
  });
});

describe('findings passed on as found', () => {
  // A caller that only counts (the closing line) has them passed on, not kept: the same findings.
  it.each([['kyoto-6227-20-annexes.txt'], ['check/several-faults.txt'], ['check/repeated-paragraph.txt'], ['check/duplicate-code.txt']])('%s: the same findings, the same severities', (name) => {
    const text = read(name);
    const passed: Finding[] = [];
    const collector = new FindingsCollector(text, { file: name, rules: { 'aliased-code': 'error' } }, (finding) => passed.push(finding));
    const reading = readSections(text, { file: name });
    for (const part of reading.sections) {
      if (part.complete) collector.addParagraph(part.paragraph);
      collector.addAnnotations(part.annotations);
    }
    const rest = collector.end(reading.diagnostics());
    const describe = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`;
    const expected = checkDraft(text, { file: name, rules: { 'aliased-code': 'error' } }).map(describe).sort();
    expect([...passed, ...rest].map(describe).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});
