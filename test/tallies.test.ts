// What the commands that count (the matrices, `contested`, `blocs`) and `check` keep of a draft:
// stance counts, one entry per delegation and paragraph (PositionTable), and the rankings made from
// them. Each must give what the records give, on the real drafts: the reference draft, the
// adopted text and both together (two files, so keys carry the file).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankContested, topContested } from '../src/analyses/contested.js';
import { buildMatrix } from '../src/analyses/matrix.js';
import { PositionTable } from '../src/analyses/position-table.js';
import { buildPositions, PositionsBuilder } from '../src/analyses/positions.js';
import { parseDraft, readSections } from '../src/api.js';
import { checkDraft, checkDraftInOrder, FindingsCollector, type CheckOptions, type Finding } from '../src/check/findings.js';
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
    const table = new PositionTable();
    // Added in parts, as the sections of a reading come.
    for (let at = 0; at < records.length; at += 37) table.add(records.slice(at, at + 37));
    let counted = 0;
    for (let entry = 0; entry < table.entryCount; entry++) counted += Object.values(table.entryCounts(entry)).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(records.length);
    expect(buildMatrix(table, paragraphs)).toEqual(buildMatrix(records, paragraphs));
    // A tally of several records counts as they do.
    const groups = new Map<string, typeof records>();
    for (const r of records) {
      const key = `${r.file}|${r.paragraph}|${r.country}|${r.stance}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const tallies = [...groups.values()].map((group) => ({ ...group[0]!, count: group.length }));
    expect(tallies.length).toBeLessThan(records.length);
    expect(buildMatrix(tallies, paragraphs)).toEqual(buildMatrix(records, paragraphs));
    const fromTallies = buildPositions(tallies);
    const fromRecords = buildPositions(records);
    expect(fromTallies.entries).toEqual(fromRecords.entries);
    expect(fromTallies.paragraphs).toEqual(fromRecords.paragraphs);
    expect(fromTallies.byCountry).toEqual(fromRecords.byCountry);
    expect(fromTallies.byParagraph).toEqual(fromRecords.byParagraph);
  });

  it('the reference draft: 1,519 records are fewer entries, one per cell', () => {
    const { records } = inputs[0]![1];
    const table = new PositionTable();
    table.add(records);
    const cells = new Set(records.map((r) => `${r.paragraph}|${r.country}`));
    expect(records).toHaveLength(1519);
    expect(table.entryCount).toBe(cells.size);
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

// `check` writes a file's findings as it reads them (checkDraftInOrder): batches whose
// concatenation must be checkDraft's list, whatever the draft and wherever its paragraphs are cut.
describe('findings given out in order as the draft is read', () => {
  const checkFixtures = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'check')).filter((f) => f.endsWith('.txt')).map((f) => `check/${f}`);
  const drafts: [string, string, CheckOptions][] = [
    ...['kyoto-6227-20-annexes.txt', 'kyoto-final-6456-21.txt', 'eu-position-11431-19.txt', ...checkFixtures].map((name): [string, string, CheckOptions] => [name, read(name), { file: name }]),
    ['the TPP chapter, strict', read('tpp-ip-chapter-2013-08-30.txt'), { file: 'tpp.txt', notation: TPP_PROFILE, strict: true }],
    ['the reference draft, rules chosen', read('kyoto-6227-20-annexes.txt'), { file: 'k.txt', rules: { 'aliased-code': 'error', 'unclosed-group': 'off' } }],
    ['numbers 1 to 999 over and over', Array.from({ length: 3000 }, (_, i) => `${(i % 999) + 1}. Text [FRA, FRA]\n`).join(''), { file: 'r.txt' }],
    // A long paragraph in sections whose own finding (OP1 again) comes once it is complete, after
    // those of its sections (a code listed twice on each line).
    ['a repeated paragraph in sections, a finding on each line', `1. Text [FRA]\n\n1. ${Array.from({ length: 60 }, (_, i) => `Some prose words on line ${i + 3} [FRA, FRA]`).join('\n')}\n\n3. End [BEL]\n`, { file: 's.txt' }],
    // Notes, headings and continuations in every place: annotations that go to another paragraph.
    ['the reference draft, a line of annotations alone after each line', read('kyoto-6227-20-annexes.txt').split('\n').filter((l) => l.trim())
      .map((l, i) => `${l}\n${['[BEL, BEL]', 'delete: RUS', '(retain original: EGY, IRN)', '**[Heading [FRA, FRA]]**', '~~[USA]~~', '\nNote: UK'][i % 6]}`).join('\n'), { file: 'n.txt', strict: true }],
    ['the reference draft, labels and blank lines taken out', read('kyoto-6227-20-annexes.txt').split('\n').filter((l) => l.trim())
      .map((l) => l.replace(/^\s*(?:\d+\.|(?:New )?(?:PP|OP)\d*\S*)\s*/i, '')).join('\n'), { file: 'u.txt' }],
  ];
  const describeAll = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  /** The findings as the collector gives them once the whole file is read, sorted at the end: what the batches must make. */
  const sortedAtEnd = (text: string, options: CheckOptions): Finding[] => {
    const reading = readSections(text, options);
    const collector = new FindingsCollector(text, options);
    for (const part of reading.sections) {
      if (part.complete) collector.addParagraph(part.paragraph);
      collector.addAnnotations(part.annotations);
    }
    return collector.end(reading.diagnostics());
  };

  it.each(drafts)('%s: the batches make the list sorted once the file is read, read whole and cut wherever allowed', (name, text, options) => {
    const whole = describeAll(sortedAtEnd(text, options));
    expect(describeAll(checkDraft(text, options))).toEqual(whole);
    // Every draft here has findings but the one made clean.
    expect(whole.length > 0).toBe(name !== 'check/clean.txt');
    for (const sectionTokens of [undefined, 1]) {
      const batches = [...checkDraftInOrder(text, options, sectionTokens)];
      expect(describeAll(batches.flat())).toEqual(whole);
    }
  });

  it('a draft of a finding a line gives them a paragraph or so at a time, not all at the end', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${(i % 999) + 1}. Text [FRA]\n`).join('');
    const batches = [...checkDraftInOrder(text, { file: 'r.txt' })];
    // 2,001 repeated-paragraph findings (lines 1,000 to 3,000), each given out once the next paragraph is read.
    expect(batches.flat()).toHaveLength(2001);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2);
  });
});
