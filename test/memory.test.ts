// Memory in proportion to the input, whatever its shape (README, "Exit status and bad input"): a
// very long paragraph is read in sections that give what the whole paragraph gives, and what the
// records CSV keeps while it reads grows with the input by a few bytes per byte at most. Work and
// bytes are counted, not seconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDraft, readDraft, readSections, type SectionResult } from '../src/api.js';
import { checkDraftInOrder, FindingsCollector } from '../src/check/findings.js';
import type { CliIo } from '../src/cli/cli-io.js';
import { DiagnosticsSummary } from '../src/cli/diagnostics.js';
import { PositionTable } from '../src/analyses/position-table.js';
import { gatherPositions, gatherRecords, gatherReport, gatherTallies } from '../src/cli/gather-records.js';
import { main } from '../src/cli/main.js';
import { checkBounded } from '../src/cli/read-bounded.js';
import { ConfigFiles, recordSettings } from '../src/cli/settings.js';
import { PLAIN } from '../src/formatters/terminal/colour.js';
import { commitRow, commitSheet, newWorkbook, recordsWorkbook } from '../src/formatters/xlsx.js';
import type { StanceRecord } from '../src/types.js';
import { record } from './formatters/fixtures.js';
import { LOOK_AHEAD_TOKENS, SECTION_TOKENS } from '../src/paragraphs/sections.js';
import { draftParser } from '../grammar/parser.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const CODES = ['FRA', 'BEL', 'DEU', 'USA', 'JPN'];

/** `1. Text [BEL, DEU]` to `n. …`: past 999 a number is no label (three digits at most), so lines 999 to n are one paragraph, OP999. */
const numberedPast999 = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Text [${CODES[(i + 1) % 5]}, ${CODES[(i + 2) % 5]}]\n`).join('');
/** Numbers 1 to 999 again and again: n paragraphs, from the second round on `OP1#2`…, each a `repeated-paragraph` finding. */
const repeatedNumbers = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 999) + 1}. Text [${CODES[i % 5]}]\n`).join('');
/** `Text 1 [FRA]` blocks between blank lines: each a note (two words and a code) that joins the one before, L1. */
const notes = (n: number) => Array.from({ length: n }, (_, i) => `Text ${i + 1} [${CODES[i % 5]}]\n\n`).join('');
/** `Text 1 [FRA]` lines with no label and no blank line: one unlabelled paragraph, L1. */
const unlabelledLines = (n: number) => Array.from({ length: n }, (_, i) => `Text ${i + 1} [${CODES[i % 5]}]\n`).join('');
/** `~~Text 1~~ [FRA]` and `**Text 2** [BEL]` lines with no label and no blank line: one unlabelled paragraph that starts with markup, L1. */
const markedLines = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? `**Text ${i + 1}** [${CODES[i % 5]}]\n` : `~~Text ${i + 1}~~ [${CODES[i % 5]}]\n`)).join('');
/** A numbered paragraph, a blank line, then `Text 1 more words [FRA]` lines with no label and no blank line: a block that could join OP1 were it a note, L3. */
const afterParagraph = (n: number) => `1. Intro [FRA]\n\n${unlabelledLines(n)}`;
/** `1. Text`, then lines of `[FRA, BEL]` alone: one paragraph whose records all take its opening excerpt, OP1. */
const annotationLines = (n: number) => `1. Text\n${Array.from({ length: n }, (_, i) => `[${CODES[i % 5]}, ${CODES[(i + 1) % 5]}]\n`).join('')}`;
/** `1. Text`, then lines of `Text 1 [FRA] more`: one paragraph, its lines ending in prose after their group, OP1. */
const proseAfterGroups = (n: number) => `1. Text\n${Array.from({ length: n }, (_, i) => `Text ${i + 1} [${CODES[i % 5]}] more\n`).join('')}`;
/** `1. Text`, then lines of unbracketed attributions `FRA, DEU;`: one paragraph whose excerpts reach back over lines, OP1. */
const attributionLines = (n: number) => `1. Text\n${Array.from({ length: n }, (_, i) => `${CODES[i % 5]}, ${CODES[(i + 2) % 5]};\n`).join('')}`;
/** `1. Text`, then ` Text 1 [FRA, BEL]`… on the same line: one paragraph on one line, OP1. */
const oneLine = (n: number) => `1. Text${Array.from({ length: n }, (_, i) => ` Text ${i} [${CODES[i % 5]}, ${CODES[(i + 1) % 5]}]`).join('')}\n`;
/** `1. Text [FRA`, a bracket never closed, then `Text 1 [BEL]` lines: one paragraph, OP1. */
const unclosedFirst = (n: number) => `1. Text [FRA\n${unlabelledLines(n)}`;
/** Paragraphs with no annotation, numbered 1 to 999 again and again (a finding each from the second round). */
const plain = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 999) + 1}. Text without annotations\n`).join('');
/** Unlabelled paragraphs between blank lines, too long to be notes: `L1`, `L3`, … and no finding. */
const unlabelled = (n: number) => Array.from({ length: n }, (_, i) => `Strengthen cooperation in area ${i + 1} [${CODES[i % 5]}]\n\n`).join('');

/** Enough for a run measured three times on a loaded machine: the limits are in bytes, not seconds. */
const MEASURING = 180_000;

const sectionsOf = (text: string, sectionTokens?: number): SectionResult[] => [...readSections(text, { file: 'd.txt' }, sectionTokens).sections];

/** The sections merged as readDraft merges them, with everything the API gives, text and messages included. */
function merged(text: string, sectionTokens?: number) {
  const reading = readSections(text, { file: 'd.txt' }, sectionTokens);
  const out = { paragraphs: [] as unknown[], annotations: [] as unknown[], records: [] as unknown[], sections: 0 };
  for (const part of reading.sections) {
    out.sections++;
    if (part.complete) out.paragraphs.push({ ...part.paragraph, text: part.paragraph.text });
    out.annotations.push(...part.annotations);
    out.records.push(...part.records);
  }
  return { ...out, diagnostics: reading.diagnostics().map((d) => ({ ...d, message: d.message })) };
}

describe('a very long paragraph is read in sections', () => {
  it('12,000 lines after OP999: sections of about SECTION_TOKENS tokens, which together are the paragraph', () => {
    const text = numberedPast999(12_000);
    const sections = sectionsOf(text);
    // OP1 … OP998 whole; OP999 (lines 999 to 20,000, six tokens and two records a line) in sections.
    const op999 = sections.filter((s) => s.paragraph.id === 'OP999');
    expect(sections).toHaveLength(998 + op999.length);
    expect(op999.length).toBeGreaterThanOrEqual(Math.floor((11_002 * 8) / SECTION_TOKENS));
    // A section ends at the first line where a cut is allowed once it holds SECTION_TOKENS tokens: here the next line.
    for (const section of op999.slice(0, -1)) expect(section.records.length).toBeLessThanOrEqual(2 * Math.ceil(SECTION_TOKENS / 8) + 2);
    expect(op999.map((s) => s.complete)).toEqual([...op999.slice(1).map(() => false), true]);
    expect(new Set(op999.map((s) => s.paragraph)).size).toBe(1);
    const last = op999[op999.length - 1];
    expect(last.paragraph).toMatchObject({ id: 'OP999', startLine: 999, endLine: 12_000 });
    // Line 12,000: `12000. Text [FRA, BEL]`, the line's own prose its excerpt.
    expect(last.records.at(-1)).toMatchObject({ paragraph: 'OP999', country: 'BEL', line: 12_000, column: 19, stance: 'support', excerpt: '12000. Text' });

    const whole = parseDraft(text, { file: 'd.txt' });
    expect(whole.paragraphs).toHaveLength(999);
    expect(whole.paragraphs[998].text.startsWith('999. Text [JPN, FRA] 1000. Text [FRA, BEL]')).toBe(true);
    expect(whole.records).toHaveLength(24_000);
    expect(whole.records).toEqual(op999.length > 1 ? sectionsOf(text).flatMap((s) => s.records) : []);
  }, MEASURING);

  /** The reference draft's lines with their labels and the blank lines taken out: long unlabelled paragraphs. */
  const unlabelledReference = () => fixture('kyoto-6227-20-annexes.txt').split('\n').filter((l) => l.trim())
    .map((l) => l.replace(/^\s*(?:\d+\.|(?:New )?(?:PP|OP)\d*\S*)\s*/i, ''));

  // Cut at every place sections.ts allows, real drafts give what they give read whole: annotations
  // of every kind (nested, struck, unclosed, unbracketed, aliases, unknown codes) near the cuts.
  const drafts: [string, string][] = [
    ['the reference draft', fixture('kyoto-6227-20-annexes.txt')],
    ['the reference draft, blank lines taken out', fixture('kyoto-6227-20-annexes.txt').split('\n').filter((l) => l.trim()).join('\n')],
    ['the reference draft, each line prose first and codes last', fixture('kyoto-6227-20-annexes.txt').split('\n').filter((l) => l.trim())
      .map((l, i) => `Note ${l}${i % 3 ? ' [FRA, BEL]' : ' [RUS]'}`).join('\n')],
    ['the reference draft, labels and blank lines taken out (long unlabelled chunks, notes, headings)', fixture('kyoto-6227-20-annexes.txt')
      .split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*(?:\d+\.|(?:New )?(?:PP|OP)\d*\S*)\s*/i, '')).join('\n')],
    ['the reference draft, lines struck or emphasised in turn, labels and blank lines taken out', fixture('kyoto-6227-20-annexes.txt')
      .split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*(?:\d+\.|(?:New )?(?:PP|OP)\d*\S*)\s*/i, ''))
      .map((l, i) => [`~~${l}~~ [FRA, BEL]`, `**${l}** [RUS]`, `~~Old~~ ${l}`, `* ${l} [UK]`][i % 4]).join('\n')],
    ['the reference draft, a line of annotations alone after each line (bracketed, unbracketed, labelled)', fixture('kyoto-6227-20-annexes.txt')
      .split('\n').filter((l) => l.trim()).map((l, i) => `${l} [FRA]\n${['[BEL, DEU]', 'delete: RUS', '(retain original: EGY, IRN)', 'RUS, CHN', '~~[USA]~~'][i % 5]}`).join('\n')],
    ['the reference draft, labels and blank lines taken out, lines of groups alone after each (struck, nested, ending in codes or not)', unlabelledReference()
      .map((l, i) => `${i % 3 ? '' : '~~'}${l}${i % 3 ? '' : '~~'}\n${['[BEL, DEU]\n(delete: RUS)', '[note (x): EGY]\n~~[USA]~~\n[FRA]',
        '(retain; FRA, BEL)\n[UK]\n[unclosed', '[x] [ABC]\n(USA)'][i % 4]}`).join('\n')],
    ['the reference draft, labels and blank lines taken out, lines that end in unbracketed attributions and `;`', unlabelledReference()
      .map((l, i) => [`${l}: FRA, BEL;`, `${l};`, 'delete: RUS;', `~~${l}~~ USA;`, `Oppose [RUS];\nJPN;`][i % 5]).join('\n')],
    ['the reference draft, labels and its own brackets and strike marks taken out, on one line (lexed in parts cut after a `]`, read in sections cut mid-line)', unlabelledReference()
      .map((l) => l.replace(/[[\]()~]/g, '')).map((l, i) => `${i % 3 ? '' : '~~'}${l}${i % 3 ? '' : '~~'} ${['[BEL, DEU]', 'Oppose [RUS]', '(delete: USA)', '[x] [FRA]'][i % 4]}`).join(' ')],
    ['the reference draft, labels and blank lines taken out, lines with prose after their group, or a label and codes before it', unlabelledReference()
      .map((l, i) => [`${l} [FRA] more`, `Then ${l}: BEL [DEU] after`, `Words ${l}; [RUS] end`, `(${l}) [x] [UK] tail`, `~~Struck~~ ${l} [USA] and so`,
        `label: EGY [IRN] more`][i % 6]).join('\n')],
    ['the reference draft, labels, brackets and colons taken out, with groups that yield no mention, and labels begun lines before their codes', unlabelledReference()
      .map((l) => l.replace(/[[\]():;]/g, '')).map((l, i) => [`${l} (see note)`, `~~Old~~ ${l} [QQQ] more`, `(x) ${l}`, `label ${i}: BEL, XXX [DEU];`,
        `Then ~~struck ${l}~~`, `[x] ${l} and: FRA`, `${l}; ~~word`, `still struck~~ (y): EGY, RUS;`][i % 8]).join('\n')],
    ['lines of groups that yield no mention, each twentieth ending a label with codes, each thirtieth a segment', Array.from({ length: 600 },
      (_, i) => `${i % 7 ? 'Words' : '~~Struck~~ words'} ${i} (see note) [QQQ] more${i % 20 === 19 ? ': BEL, DEU' : ''}${i % 30 === 29 ? ';' : ''}`).join('\n')],
    ['lines whose label holds no words before the cut (a group that yields no mention, a comma) and none after it', Array.from({ length: 600 },
      (_, i) => [`Words ${i} [FRA] (see note)`, '(x): BEL;', `~~Struck ${i}~~ [DEU] ,`, '(y), : RUS;', `Words ${i} [USA] more`, '(z): JPN;'][i % 6]).join('\n')],
    ['lines of unbracketed attributions whose labels go on over lines, with no `;` (codes after a colon, then prose)', Array.from({ length: 600 },
      (_, i) => [`Intro ${i}: FRA more`, 'words (note): BEL', `~~struck~~ text ${i}: DEU, XXX and`, `plain prose ${i}`, '[x] more: RUS', 'a: b',
        `Oppose [USA] then ${i}`, '(see) also: JPN', 'Text: FRA / USA ,', '(x): more words;'][i % 10]).join('\n')],
    ['the reference draft, labels taken out, every line ending in prose after a colon', unlabelledReference()
      .map((l, i) => `${l.replace(/;/g, ',')}${i % 3 ? ': then' : ' more:'}`).join('\n')],
    ['lines of codes with remarks (a remark after a remark, codes after one, annotations in them) before and inside labels', [
      `1. Text ${'long opening prose words '.repeat(7)}`, ...Array.from({ length: 80 }, (_, i) => [
        'label: FRA FRA (flexible)', '(see note) USA', 'FRA (flexible)', '(retain original: EGY, IRN) / USA', `Words ${i} FRA(delete: RUS) more`,
        'label: FRA', '(see FRA(delete: RUS))', 'x: FRA / y: BEL', 'RUS ([FRA])', 'delete: RUS;', 'label: FRA (x)', '(y) USA', 'FRA (flexible)',
        '(x]', 'label: FRA', '(see note)', '(delete:', 'end: BEL;'][i % 18])].join('\n')],
    ['the reference draft, labels and its own brackets and strike marks taken out, on one line with parentheses alone (lexed in parts cut after a `)`, read in sections cut mid-line)', unlabelledReference()
      .map((l) => l.replace(/[[\]()~]/g, '')).map((l, i) => `${l} ${['(see note)', 'Oppose (RUS)', '(delete: USA)', '(x) (y: FRA) more', '(z): BEL'][i % 5]}`).join(' ')],
    ['the final Kyoto text, every other line struck, each with codes last', fixture('kyoto-final-6456-21.txt').split('\n').filter((l) => l.trim())
      .map((l, i) => `${i % 2 ? '~~' : ''}${l}${i % 2 ? '~~' : ''}${i % 3 ? ' [FRA, XXX]' : ' [UK]'}`).join('\n')],
    ['the final Kyoto text, every other line with a word first', fixture('kyoto-final-6456-21.txt').split('\n').filter((l) => l.trim())
      .map((l, i) => `${i % 2 ? 'Word ' : ''}${l}${i % 4 ? ' [FRA, XXX]' : ' [UK]'}`).join('\n')],
  ];
  it.each(drafts)('%s: cut wherever allowed, the same paragraphs, annotations, records and diagnostics', (_, text) => {
    const cut = merged(text, 1);
    const whole = merged(text);
    expect(cut.sections).toBeGreaterThan(whole.sections);
    expect(cut.paragraphs).toEqual(whole.paragraphs);
    expect(cut.annotations).toEqual(whole.annotations);
    expect(cut.records).toEqual(whole.records);
    expect(cut.diagnostics).toEqual(whole.diagnostics);
  });

  it('a paragraph of lines with prose after their group is cut between them, a label begun before a cut carried over it', () => {
    // `words [FRA] more` is 5 tokens. The label of `label: BEL` starts after the group before it, on
    // the line above (\`more label\`), and its segment ends at the `;`: only after it may a section
    // end after a colon outside brackets.
    const lines = 'words [FRA] more\n'.repeat(3000);
    const text = `1. Text\n${lines}label: BEL [DEU];\n${lines}`;
    const sections = sectionsOf(text);
    expect(sections.length).toBeGreaterThanOrEqual(Math.floor((6001 * 5) / SECTION_TOKENS) - 1);
    const records = sections.flatMap((s) => s.records);
    expect(records).toHaveLength(6002);
    // Its annotation starts where its label does, at `more` (line 3001, column 13), right after a
    // group: no prose of its own before it, so its excerpt is the paragraph's opening, cut at 80 characters.
    const opening = `Text${' words more'.repeat(6)} words mo…`;
    const bel = { line: 3002, column: 8, stance: 'support', label: 'more label', excerpt: opening };
    expect(records.find((r) => r.country === 'BEL')).toMatchObject(bel);
    // Cut wherever allowed: between every two lines once the opening is known, before `label: BEL` too.
    const everyCut = sectionsOf(text, 1);
    expect(everyCut.length).toBeGreaterThan(5900);
    const withBel = everyCut.find((s) => s.records.some((r) => r.country === 'BEL'))!;
    expect(withBel.records.map((r) => [r.country, r.line])).toEqual([['BEL', 3002], ['DEU', 3002]]);
    expect(withBel.records[0]).toMatchObject(bel);
    expect(withBel.annotations[0]).toMatchObject({ form: 'unbracketed', line: 3001, column: 13, source: 'more\nlabel: BEL' });
    const [cut, whole] = [merged(text, 1), merged(text)];
    expect({ ...cut, sections: 0 }).toEqual({ ...whole, sections: 0 });
  });

  it('a paragraph of lines of annotations alone is cut between them, its opening excerpt read from its first LOOK_AHEAD_TOKENS tokens', () => {
    // `[FRA, BEL]` is 5 tokens: 4,000 such lines after `1. Text` take OP1 far past LOOK_AHEAD_TOKENS, then prose, then 1,000 more.
    const brackets = (n: number) => '[FRA, BEL]\n'.repeat(n);
    const text = `1. Text\n${brackets(4000)}More prose [DEU]\n${brackets(1000)}`;
    expect(4000 * 5).toBeGreaterThan(LOOK_AHEAD_TOKENS);
    const sections = sectionsOf(text);
    // The first cut waits for the opening to be known (LOOK_AHEAD_TOKENS); sections of SECTION_TOKENS follow.
    expect(sections.length).toBeGreaterThanOrEqual(1 + Math.floor((5000 * 5 - LOOK_AHEAD_TOKENS) / SECTION_TOKENS));
    // A cut falls between the pieces a long block comes in (SECTION_TOKENS each).
    for (const section of sections) expect(section.records.length).toBeLessThanOrEqual(2 * Math.ceil((LOOK_AHEAD_TOKENS + SECTION_TOKENS) / 5));
    const records = sections.flatMap((s) => s.records);
    expect(records).toHaveLength(2 * 5000 + 1);
    expect(new Set(records.map((r) => `${r.paragraph} ${r.stance} ${r.struck}`))).toEqual(new Set(['OP1 support false']));
    // The first group's excerpt is the prose before it; a group right after another takes the opening,
    // `Text`: the prose on line 4,002 is past the first LOOK_AHEAD_TOKENS tokens, and only excerpts its own group.
    expect(records.filter((r) => r.excerpt !== 'Text').map((r) => [r.line, r.country, r.excerpt])).toEqual([[4002, 'DEU', 'More prose']]);
    const whole = merged(text, Infinity);
    const cut = merged(text);
    expect(cut.sections).toBe(sections.length);
    expect({ ...cut, sections: 1 }).toEqual(whole);
  });

  it('a paragraph on one long line is lexed and read in parts cut after a `]`, which together are the paragraph', () => {
    // ` Oppose [RUS, SGP]` is 6 tokens. Mid-line, `Oppose` is no stance word of the group after it
    // (`Oppose [RUS,SGP]` alone on its line is): the records are bare codes, support, with no label.
    const text = `1. Text${' Oppose [RUS, SGP]'.repeat(5000)}\n`;
    const sections = sectionsOf(text);
    expect(sections.length).toBeGreaterThanOrEqual(1 + Math.floor((5000 * 6 - LOOK_AHEAD_TOKENS) / SECTION_TOKENS));
    expect(sections.slice(1).every((s) => s.records[0]!.column > 1)).toBe(true);
    const records = sections.flatMap((s) => s.records);
    expect(records).toHaveLength(10_000);
    // The first group's excerpt is the prose back to the label, the others' the word between groups.
    expect(records.slice(0, 2).map((r) => r.excerpt)).toEqual(['Text Oppose', 'Text Oppose']);
    expect(new Set(records.slice(2).map((r) => `${r.paragraph} ${r.line} ${r.stance} "${r.label}" ${r.excerpt}`))).toEqual(new Set(['OP1 1 support "" Oppose']));
    // Columns count on along the line: the 5,000th group's RUS is at 7 + 4,999 × 18 + 10.
    expect(records.at(-2)).toMatchObject({ country: 'RUS', column: 7 + 4999 * 18 + 10 });
    expect({ ...merged(text), sections: 1 }).toEqual(merged(text, Infinity));
  });

  it('a paragraph on one long line of parentheses is lexed and read in parts cut after a `)` in no link\'s text', () => {
    // ` Text 1 (delete: RUS)` is 6 tokens; each fifth group a link whose text holds a `)`, no place to cut.
    const group = (i: number) => (i % 5 === 4 ? ` [see (a) here](#n${i})` : ` Text ${i} (delete: RUS)`);
    const text = `1. Text${Array.from({ length: 5000 }, (_, i) => group(i)).join('')}\n`;
    const sections = sectionsOf(text);
    expect(sections.length).toBeGreaterThanOrEqual(1 + Math.floor((4000 * 6 - LOOK_AHEAD_TOKENS) / SECTION_TOKENS));
    const records = sections.flatMap((s) => s.records);
    expect(records).toHaveLength(4000);
    // Each group's label is `delete`, its excerpt the words since the group before (a link is prose).
    expect(records[4]).toMatchObject({ country: 'RUS', stance: 'delete', label: 'delete', excerpt: '[see (a) here](#n4) Text 5' });
    expect({ ...merged(text), sections: 1 }).toEqual(merged(text, Infinity));
  });

  it('a bracket still open LOOK_AHEAD_TOKENS tokens on is read as text, with the codes after it on its line; the rest is read in sections', () => {
    // `Text 1 [BEL]` is 4 tokens: 8,000 lines take the unclosed `[` of line 1 far past LOOK_AHEAD_TOKENS.
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Text ${i + 1} [BEL]\n`).join('');
    const text = `1. Text [FRA, DEU: see\n${lines(8000)}`;
    const sections = sectionsOf(text);
    expect(sections.length).toBeGreaterThan(2);
    const records = sections.flatMap((s) => s.records);
    // FRA and DEU, read as text, yield no record; each line's group is BEL's, its excerpt the prose
    // back to the group before (the first one's, back to the label: the bracket is text).
    expect(records).toHaveLength(8000);
    expect(records.slice(0, 2).map((r) => [r.country, r.line, r.stance, r.label, r.excerpt]))
      .toEqual([['BEL', 2, 'support', '', 'Text [FRA, DEU: see Text 1'], ['BEL', 3, 'support', '', 'Text 2']]);
    expect(records.at(-1)).toMatchObject({ country: 'BEL', line: 8001, excerpt: 'Text 8000' });
    const reading = readSections(text, { file: 'd.txt' });
    for (const _ of reading.sections);
    expect(reading.diagnostics().map((d) => [d.line, d.column, d.rule, d.message])).toEqual([[1, 9, 'unclosed-group',
      '`[` is still open 16,384 tokens on (about 100 KB): read as text with the codes after it on its line, and what follows as outside it; add `]` where the annotation ends']]);
    expect({ ...merged(text), sections: 1 }).toEqual(merged(text, Infinity));
    // Closed on its own line, a bracket of any length is read as usual (`FRA; ` is 2 tokens).
    const oneLine = parseDraft(`1. Text [${'FRA; '.repeat(9000)}BEL]\n2. Next [DEU]\n`, { file: 'd.txt' });
    expect(oneLine.records).toHaveLength(9002);
    expect(oneLine.records.slice(-2).map((r) => [r.paragraph, r.country])).toEqual([['OP1', 'BEL'], ['OP2', 'DEU']]);
    expect(oneLine.diagnostics).toEqual([]);
    // Open for fewer tokens, the bracket holds the rest of its paragraph as before: its leading codes are FRA's and DEU's.
    const short = parseDraft(`1. Text [FRA, DEU: see\n${lines(3)}`, { file: 'd.txt' });
    expect(short.records.map((r) => r.country)).toEqual(['FRA', 'DEU', 'BEL', 'BEL', 'BEL']);
    expect(short.diagnostics.map((d) => d.rule)).toEqual(['unclosed-group']);
  });

  it('readDraft gives each paragraph once, its sections merged', () => {
    const text = numberedPast999(12_000);
    const parts = [...readDraft(text, { file: 'd.txt' }).paragraphs];
    expect(parts.map((p) => p.paragraph.id)).toEqual(Array.from({ length: 999 }, (_, i) => `OP${i + 1}`));
    expect(parts[998].records).toHaveLength(2 * (12_000 - 998));
  });
});

// A token's image is a slice of the text, and keeps the whole text alive: the parser, made once,
// lets go of its last section's tokens, so that what follows the reading (a matrix written, the
// next file read) holds no text already read.
describe('the shared parser after a parse', () => {
  it('holds no token', () => {
    const text = numberedPast999(2000);
    expect(parseDraft(text, { file: 'd.txt' }).records.length).toBe(4000);
    expect(draftParser().input).toEqual([]);
  });
});

// Heap kept is measured after a full collection, and compared between an input and one four times
// its size: for linear memory of at most ten times the input, each extra byte of input may add a
// few bytes. On a loaded machine a measure is taken again (at most three times) while above its limit.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** Extra bytes `kept` reports per extra byte of input from `make(n)` to `make(4n)`, the best of up to three tries while at or above `limit`. */
async function bytesPerByte(kept: (text: string) => number | Promise<number>, make: (n: number) => string, n: number, limit: number): Promise<number> {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= limit; attempt++) {
    const small = make(n);
    const large = make(4 * n);
    await kept(small); // warm-up
    best = Math.min(best, ((await kept(large)) - (await kept(small))) / (large.length - small.length));
  }
  return best;
}

/** The CLI's streams with `text` on standard input (read once), standard error quiet, and `stdout` (quiet by default). */
function stdinIo(text: string, stdout: CliIo['stdout'] = { isTTY: false, write: () => true }): CliIo {
  let input = Buffer.from(text);
  return {
    stdout, stderr: { isTTY: false, write: () => true }, env: {},
    readStdin: (limit) => {
      const bytes = input;
      input = Buffer.alloc(0);
      return checkBounded(bytes, limit);
    },
    exit: (status) => { throw new Error(`exit(${status})`); },
  };
}

/** The most heap used beyond `base` while `parts` are read, at about eight points and at the end. */
function mostWhile<T>(text: string, base: number, parts: Iterable<T>, look: (part: T) => void = () => {}): number {
  const every = Math.max(1, Math.floor(text.length / 20 / 8));
  let most = 0;
  let n = 0;
  for (const part of parts) {
    look(part);
    if (++n % every === 0) most = Math.max(most, heap() - base);
  }
  return Math.max(most, heap() - base);
}

// What the records CSV keeps while it reads (readSections and the findings collector, as
// records-run.ts). Holding one paragraph whole added about 90 bytes per byte.
describe('what reading keeps grows by a few bytes per byte of input, whatever the shape', () => {
  /** The most heap used beyond what was used before, at eight points of the reading and at its end. */
  function keptWhileReading(text: string): number {
    const base = heap();
    const reading = readSections(text, { file: 'd.txt' });
    const findings = new FindingsCollector(text, { file: 'd.txt' });
    const most = mostWhile(text, base, reading.sections, (part) => {
      if (part.complete) findings.addParagraph(part.paragraph);
      findings.addAnnotations(part.annotations);
    });
    const found = findings.end(reading.diagnostics());
    expect(found.length).toBeGreaterThanOrEqual(0);
    return Math.max(most, heap() - base);
  }

  // A finding is kept until its file is read (check sorts and lists them): about 250 bytes each,
  // here one every 20 to 30 bytes of input. Without findings, little more than the input is kept.
  const shapes: [string, (n: number) => string, number][] = [
    ['numbered lines past 999 (one long paragraph)', numberedPast999, 4],
    ['notes between blank lines (one long paragraph)', notes, 4],
    ['lines with no label and no blank line (one long paragraph)', unlabelledLines, 4],
    ['struck and emphasised lines with no label and no blank line (one long paragraph that starts with markup)', markedLines, 4],
    ['a paragraph, then lines with no label and no blank line (one long block that is too long to be a note)', afterParagraph, 4],
    ['lines of annotations alone after a numbered line (one long paragraph)', annotationLines, 4],
    ['lines of unbracketed attributions after a numbered line, each ending in `;` (one long paragraph)', attributionLines, 4],
    ['lines with prose after their group, after a numbered line (one long paragraph)', proseAfterGroups, 4],
    ['a paragraph on one line (lexed and read in parts cut after a `]`)', oneLine, 4],
    ['a bracket never closed at the start of a long paragraph', unclosedFirst, 4],
    ['unlabelled paragraphs between blank lines', unlabelled, 4],
    ['numbers 1 to 999 over and over (a finding a line)', repeatedNumbers, 24],
    ['paragraphs with no annotation, 1 to 999 over and over (a finding a line)', plain, 12],
  ];
  it.each(shapes)('%s, 8,000 and 32,000 lines', async (_, make, limit) => {
    const bytes = await bytesPerByte(keptWhileReading, make, 8000, limit);
    expect(bytes, `${bytes.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
  }, MEASURING);

  // `check` lists a file's findings as it reads it (checkDraftInOrder): a finding a line is given
  // out a paragraph or so later, not kept to the end as above (24 bytes per byte of input).
  it('check\'s findings given out in order: numbers 1 to 999 over and over, 8,000 and 32,000 lines', async () => {
    const keptWhileChecking = (text: string): number => {
      const base = heap();
      let listed = 0;
      const most = mostWhile(text, base, checkDraftInOrder(text, { file: 'd.txt' }), (batch) => { listed += batch.length; });
      expect(listed).toBeGreaterThan(0);
      return most;
    };
    const best = await bytesPerByte(keptWhileChecking, repeatedNumbers, 8000, 4);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(4);
  }, MEASURING);
});

// What the commands that need all the records at once (`--format table`, `--expand-groups`…) keep
// once every file is read (gather-records.ts): the records and a plain copy of each paragraph, not
// each file's whole parse (its annotations, or paragraphs whose text is computed from their tokens
// and keeps them). Each record costs about 150 bytes, here one every 10 to 20 bytes of input; the
// whole parse kept 45 and 100 bytes per byte.
describe('what gathering the records keeps grows by a few tens of bytes per byte of input', () => {
  async function keptByGathering(text: string, gather: typeof gatherRecords | typeof gatherTallies = gatherRecords): Promise<number> {
    const base = heap();
    const io = stdinIo(text);
    const summary = new DiagnosticsSummary({ listAll: false, quiet: true, files: ['-'] }, io);
    const gathered = await gather(['-'], recordSettings({}, new ConfigFiles()), io, summary, { quiet: true });
    const kept = heap() - base;
    const { records } = gathered.result;
    expect(records instanceof PositionTable ? records.entryCount : records.length).toBeGreaterThan(0);
    return kept;
  }

  const shapes: [string, (n: number) => string, number][] = [
    ['numbered lines past 999 (one long paragraph)', numberedPast999, 30],
    ['numbers 1 to 999 over and over (a paragraph and a finding a line)', repeatedNumbers, 40],
  ];
  it.each(shapes)('%s, 8,000 and 32,000 lines', async (_, make, limit) => {
    const bytes = await bytesPerByte((text) => keptByGathering(text), make, 8000, limit);
    expect(bytes, `${bytes.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
  }, MEASURING);

  // The matrices keep tallies (a cell's records counted) and the paragraphs' IDs: two records a
  // line in one paragraph become a few tallies (1.6 to 2 bytes per byte measured, on 8232596 too:
  // what V8 keeps of a run, not the tallies; the records kept would be 7 to 15, above); a paragraph a line
  // keeps a tally and an ID each, not a record (9).
  const tallied: [string, (n: number) => string, number][] = [
    ['numbered lines past 999 (one long paragraph)', numberedPast999, 4],
    ['numbers 1 to 999 over and over (a paragraph and a finding a line)', repeatedNumbers, 16],
  ];
  it.each(tallied)('tallies, %s, 8,000 and 32,000 lines', async (_, make, limit) => {
    const bytes = await bytesPerByte((text) => keptByGathering(text, gatherTallies), make, 8000, limit);
    expect(bytes, `${bytes.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
  }, MEASURING);

  // The terminal report (the default on a terminal) shows the matrix and counts: it keeps what the
  // matrices keep, and no record or annotation (it held both: about 60 bytes per byte here).
  it('the terminal report, numbered lines past 999 (one long paragraph), 8,000 and 32,000 lines', async () => {
    const kept = async (text: string) => {
      const base = heap();
      const io = stdinIo(text);
      const summary = new DiagnosticsSummary({ listAll: false, quiet: true, files: ['-'] }, io);
      const gathered = await gatherReport(['-'], recordSettings({}, new ConfigFiles()), io, summary, { quiet: true });
      const bytes = heap() - base;
      expect(gathered.counts.files[0]!.records).toBe(2 * (text.match(/\n/g)!.length));
      return bytes;
    };
    const bytes = await bytesPerByte(kept, numberedPast999, 8000, 2);
    expect(bytes, `${bytes.toFixed(2)} bytes kept per byte of input`).toBeLessThan(2);
  }, MEASURING);

  // `contested` and `blocs` keep each delegation's stance counts per paragraph in columns of
  // numbers (PositionTable), and each paragraph's ID: a paragraph a line kept an object and two map
  // entries apiece, some 300 bytes (19 per byte here); now about 100.
  async function keptByPositions(text: string): Promise<number> {
    const base = heap();
    const io = stdinIo(text);
    const summary = new DiagnosticsSummary({ listAll: false, quiet: true, files: ['-'] }, io);
    const positions = await gatherPositions(['-'], recordSettings({}, new ConfigFiles()), io, summary, { quiet: true });
    const kept = heap() - base;
    expect(positions.table.entryCount).toBeGreaterThan(0);
    return kept;
  }
  it('positions, numbers 1 to 999 over and over (a paragraph and a finding a line), 8,000 and 32,000 lines', async () => {
    const bytes = await bytesPerByte(keptByPositions, repeatedNumbers, 8000, 9);
    expect(bytes, `${bytes.toFixed(2)} bytes kept per byte of input`).toBeLessThan(9);
  }, MEASURING);
});

/**
 * The most heap kept beyond what was used before while the CLI, run with `args` on `text`, writes
 * at least `share` of the input's length, sampled every `share` of it (about eight samples for the
 * records JSON, eight times as long as its input, with 1; 1/8 for the matrices); `largest` gets the
 * longest single write.
 */
function keptWhileWriting(args: string[], share: number, largest = { write: 0 }): (text: string) => Promise<number> {
  return async (text) => {
    const base = heap();
    let most = 0;
    let written = 0;
    let nextSample = 0;
    const stdout = {
      isTTY: false,
      write: (chunk: string | Uint8Array, done?: (error?: Error | null) => void) => {
        written += chunk.length;
        largest.write = Math.max(largest.write, chunk.length);
        // Each sample collects the whole heap.
        if (written >= nextSample) {
          most = Math.max(most, heap() - base);
          nextSample = written + text.length * share;
        }
        done?.(null);
        return true;
      },
    };
    expect(await main(['node', 'kyoto-parse', ...args, '--quiet', '-'], stdinIo(text, stdout))).toBe(0);
    expect(written).toBeGreaterThan(text.length * share);
    return most;
  };
}

// What the matrices and the terminal report keep while they write (registry.ts): the tallies and
// the matrix read from them (TallyMatrix, a few bytes a cell with records), written a page or some
// cells at a time. Made whole, the matrix as objects (a column and its layout apiece) and the whole
// text took 40 to 60 bytes per byte here; sampled as it writes.
describe('what writing the matrices keeps grows by a few bytes per byte of input', () => {
  // About 6 to 10 bytes per byte (the tallies, the paragraphs' order, a piece); written whole, the
  // JSON took 38 and every format wrote its whole text at once. The heap is sampled on a loaded
  // machine: the size of the largest write is the exact guard.
  it.each([
    ['matrix --format csv', 16],
    ['matrix --format csv --counts', 16],
    ['matrix --format json', 16],
    ['matrix --format table', 16],
    ['--format table', 16],
  ] as [string, number][])('%s, numbers 1 to 999 over and over (a paragraph a line), 8,000 and 32,000 lines', async (command, limit) => {
    const largest = { write: 0 };
    const best = await bytesPerByte(keptWhileWriting(command.split(' '), 1 / 8, largest), repeatedNumbers, 8000, limit);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
    // A batch of pieces (16 Ki characters, delivery.ts) and the piece that fills it: a page, or 4,096 cells of a line.
    expect(largest.write).toBeLessThan(64 * 1024);
  }, MEASURING);
});

/** Runs the CLI on `text` (standard input) and gives the length of each write to standard output. */
async function writesOf(args: string[], text: string): Promise<number[]> {
  const writes: number[] = [];
  const stdout = { isTTY: false, write: (chunk: string | Uint8Array, done?: (error?: Error | null) => void) => { writes.push(chunk.length); done?.(null); return true; } };
  expect(await main(['node', 'kyoto-parse', ...args, '--quiet', '-'], stdinIo(text, stdout))).toBe(0);
  return writes;
}

const total = (writes: number[]) => writes.reduce((sum, n) => sum + n, 0);

// A section is read whole, and one annotation of 30,000 codes is one section of 30,000 records:
// they are formatted and written 128 at a time (util/arrays.ts, FORMATTED_AT_ONCE), so that
// formatting them keeps no garbage long enough for V8 to promote it.
describe('the records of one very long annotation', () => {
  const annotation = `1. Strengthen cooperation [${Array.from({ length: 30_000 }, (_, i) => CODES[i % 5]).join(',')}]\n`;

  it.each([['csv'], ['json']])('are written as --format %s in pieces', async (format) => {
    const writes = await writesOf(['--format', format], annotation);
    expect(total(writes)).toBeGreaterThan(30_000 * 60);
    expect(Math.max(...writes)).toBeLessThan(total(writes) / 4);
  });

  it.each([['csv'], ['json']])('of one delegation are written by `country --format %s` in pieces too', async (format) => {
    // 6,000 records of FRA.
    const writes = await writesOf(['country', 'FRA', '--format', format], annotation);
    expect(total(writes)).toBeGreaterThan(6_000 * 60);
    expect(Math.max(...writes)).toBeLessThan(total(writes) / 4);
  });

  it('a diagnostic each (an unknown code) are written as --format json in pieces too', async () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `${(i % 999) + 1}. Text [QQ${String.fromCharCode(65 + (i % 26))}]\n`).join('');
    const writes = await writesOf(['--format', 'json'], text);
    // The paragraphs take a third of it, the diagnostics the rest.
    expect(total(writes)).toBeGreaterThan(30_000 * 300);
    expect(Math.max(...writes)).toBeLessThan(total(writes) / 16);
  });
});

// A group is read whole (so that it gives every record), its tokens, tree and mentions at once;
// its records are made from its annotations once its tokens are let go (api.ts, recordsOf), and
// the assembler (assemble.ts) lets go of each chunk's tokens once they are copied, as a suspended
// generator keeps its last chunk. Records made while the tokens lived keep about 90 bytes per byte.
describe('what one very long annotation keeps while its records are written', () => {
  const group = (n: number) => `1. Strengthen cooperation [${Array.from({ length: n }, (_, i) => CODES[i % 5]).join(', ')}]\n`;
  it('--format csv, 5,000 and 20,000 codes', async () => {
    const best = await bytesPerByte(keptWhileWriting(['--format', 'csv'], 1 / 8), group, 5_000, 70);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(70);
  }, MEASURING);

  it('--format csv, 5,000 and 20,000 codes each after a `;`', async () => {
    const segments = (n: number) => `1. Strengthen cooperation [${Array.from({ length: n }, (_, i) => CODES[i % 5]).join('; ')}]\n`;
    // About 72 bytes per byte; each segment's mentions grown by push held room for 16 of them: 94.
    const best = await bytesPerByte(keptWhileWriting(['--format', 'csv'], 1 / 8), segments, 5_000, 82);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(82);
  }, MEASURING);
});

// What the records JSON keeps while it writes (records-run.ts): the files' texts, to read them a
// second time for the records, and the diagnostics; never the records. Sampled as it writes.
describe('what writing the records JSON keeps grows by a few bytes per byte of input', () => {
  it.each([
    // The long paragraph: its tokens are held until it ends (its text is made from them).
    ['numbered lines past 999 (one long paragraph)', numberedPast999, 10],
    ['numbers 1 to 999 over and over (a paragraph and a finding a line)', repeatedNumbers, 4],
  ] as [string, (n: number) => string, number][])('%s, 8,000 and 32,000 lines', async (_, make, limit) => {
    const best = await bytesPerByte(keptWhileWriting(['--format', 'json'], 1), make, 8000, limit);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
  }, MEASURING);
});

// The HTML report holds the tallies, the positions and each paragraph's place, not its lists: it
// reads its files again for the paragraphs, the findings and the script's records as it writes
// them (cli/report-content.ts), a heatmap row a cell at a time. Holding every record,
// annotation and paragraph, it kept some 25 bytes per byte here; its heatmap's header and rows made
// whole were some 30 MB each for 200,000 paragraphs.
describe('what writing the HTML report keeps', () => {
  it('unlabelled notes (a paragraph and a delegation each), 4,000 and 16,000 paragraphs', async () => {
    const largest = { write: 0 };
    const best = await bytesPerByte(keptWhileWriting(['report'], 4, largest), unlabelled, 4000, 12);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(12);
    // The largest piece is the script's strings (every excerpt, about the input's size), not the page (twenty times).
    expect(largest.write).toBeLessThan(2 * unlabelled(16_000).length);
  }, MEASURING);

  it('numbered lines past 999 (one long paragraph), 2,000 and 8,000 lines', async () => {
    // The long paragraph's annotations as the page shows them (ShownAnnotation), its marks and its
    // records' arrays as JSON: about 22 bytes per byte. Marked a character at a time (an array
    // element each for its struck state and its mark), its annotations and records whole: 83.
    const best = await bytesPerByte(keptWhileWriting(['report'], 4), numberedPast999, 2000, 45);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(45);
  }, MEASURING);

  it('numbers 1 to 999 over and over (a paragraph and a heatmap column a line), 2,000 and 8,000 lines', async () => {
    const largest = { write: 0 };
    // Each paragraph's place, heatmap column and tallies, a few hundred bytes for a line of 17
    // (about 22 bytes per byte here; holding every record and paragraph, 100).
    const best = await bytesPerByte(keptWhileWriting(['report'], 4, largest), repeatedNumbers, 2000, 40);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(40);
    // A write is a batch of pieces (16 Ki characters, delivery.ts) and the piece that fills it: the heatmap's are a cell each.
    expect(largest.write).toBeLessThan(4096 * 200);
  }, MEASURING);
});

// A workbook is deflated as its rows are committed (WorkbookZip, in JavaScript, in the writer's own
// turn): a zip that deflates off the main thread, or a writer left to finish its writes after a
// loop that never awaits, holds the whole sheet's XML (200,000 records: some 60 MB). What the
// workbook keeps is its deflated bytes, a few bytes a row of repeated text.
describe('what writing a workbook keeps', () => {
  /** `n` records of one paragraph; every n/8th samples the heap as its excerpt is read, when its row is written. */
  const sampledRecords = (n: number, sample: () => void): StanceRecord[] => Array.from({ length: n }, (_, i) => {
    const made = record('OP1', CODES[i % 5]!, 'support', { line: i + 1, label: i % 2 ? 'retain' : '' });
    if (i % Math.floor(n / 8) === 0) Object.defineProperty(made, 'excerpt', { get: () => (sample(), `Strengthen cooperation in area ${i}`) });
    return made;
  });

  it('the records workbook, 8,000 and 32,000 records handed to it at once: a few bytes a record, not its XML', async () => {
    /** The most heap used beyond the records while their rows are written. */
    const kept = async (n: number) => {
      let base = 0;
      let most = 0;
      const records = sampledRecords(n, () => (most = Math.max(most, heap() - base)));
      base = heap();
      const pieces = await recordsWorkbook({ records, paragraphs: [], annotations: [], diagnostics: [] }, { chalk: PLAIN, width: 80, counts: false, escapeFormulas: false });
      expect(pieces.reduce((sum, piece) => sum + piece.length, 0)).toBeGreaterThan(n);
      return most;
    };
    let best = Infinity;
    for (let attempt = 0; attempt < 3 && best >= 60; attempt++) {
      await kept(2000); // warm-up
      best = Math.min(best, ((await kept(32_000)) - (await kept(8000))) / 24_000);
    }
    // Rows committed in a loop that never awaits: the writer holds each write's XML, some 3,500 bytes a record.
    expect(best, `${best.toFixed(1)} bytes kept per record`).toBeLessThan(60);
  }, MEASURING);

  it('a committed sheet keeps nothing of its columns: 8 sheets of a row of 16,384 cells keep no more than 2', async () => {
    const kept = async (sheets: number) => {
      const { workbook, bytes } = newWorkbook();
      const base = heap();
      for (let n = 1; n <= sheets; n++) {
        const sheet = workbook.addWorksheet(`Matrix ${n}`);
        await commitRow(sheet.addRow(Array.from({ length: 16_384 }, (_, i) => (i % 3 ? 'S' : 'SO'))));
        commitSheet(sheet);
      }
      const after = heap() - base;
      await bytes();
      return after;
    };
    let best = Infinity;
    for (let attempt = 0; attempt < 3 && best >= 1024 * 1024; attempt++) {
      await kept(1); // warm-up
      best = Math.min(best, ((await kept(8)) - (await kept(2))) / 6);
    }
    // A Column for each of a sheet's 16,384 columns, kept with the workbook: some 2.5 MB a sheet.
    expect(best, `${(best / 1024).toFixed(0)} KB kept per sheet`).toBeLessThan(1024 * 1024);
  }, MEASURING);
});

// What `country` and `paragraph` keep of their input:
// - an annotation's excerpt is cut from its cleaned look-back of up to 1,000 characters, and
//   detached from it (ParagraphTokens.excerptBefore): kept as a slice, it would keep that look-back
//   alive with every record (some 50 bytes per byte);
// - `paragraph` counts each delegation's stances as the records come (ParagraphStances) instead of
//   keeping them, and marks the struck characters of its text a byte each (cleanTextWithStrikes):
//   kept, the records and an element a character take some 55 bytes per byte;
// - `country` shows no paragraph and keeps none; the other commands keep a paragraph's text only
//   where they show it (gather-records.ts, noParagraphs and paragraphText). Kept with its text, a
//   paragraph of megabytes held it for nothing, and 200,000 short paragraphs theirs: about 5 bytes
//   per byte (a fifth of the lines' records) where keeping each paragraph with its text took 19.
describe('what `country` and `paragraph` keep', () => {
  const cases: [string, string[], (n: number) => string, number, number][] = [
    ['country FRA --format csv, lines `FRA, DEU;` after one paragraph, 4,000 and 16,000 lines', ['country', 'FRA', '--format', 'csv'], attributionLines, 4000, 30],
    ['paragraph OP1 --format json, lines `FRA, DEU;` after it, 4,000 and 16,000 lines', ['paragraph', 'OP1', '--format', 'json'], attributionLines, 4000, 20],
    ['country FRA --format csv, numbers 1 to 999 over and over (a paragraph a line), 8,000 and 32,000 lines', ['country', 'FRA', '--format', 'csv'], repeatedNumbers, 8000, 10],
  ];
  it.each(cases)('%s', async (_, args, make, n, limit) => {
    const best = await bytesPerByte(keptWhileWriting(args, 1 / 8), make, n, limit);
    expect(best, `${best.toFixed(2)} bytes kept per byte of input`).toBeLessThan(limit);
  }, MEASURING);
});

// The terminal tables of `country` and `paragraph` are laid out from their rows read twice (once
// for the columns' widths, once for the lines) and written some lines at a time
// (terminal/table.ts, tableLines and linesInBatches); `paragraph` wraps its text a line at a time.
describe('the terminal tables of `country` and `paragraph` are written in pieces', () => {
  it('country FRA, 6,000 records in 30,000 paragraphs', async () => {
    const writes = await writesOf(['country', 'FRA'], repeatedNumbers(30_000));
    expect(total(writes)).toBeGreaterThan(6_000 * 20);
    expect(Math.max(...writes)).toBeLessThan(total(writes) / 8);
  });

  it('paragraph OP999, the text of 20,000 lines past 999', async () => {
    const writes = await writesOf(['paragraph', 'OP999'], numberedPast999(20_000));
    expect(total(writes)).toBeGreaterThan(20_000 * 20);
    expect(Math.max(...writes)).toBeLessThan(total(writes) / 16);
  });
});
