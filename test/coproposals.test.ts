// Co-proposals (blocs --view coproposals) on the two real drafts: the TPP chapter's hand-labelled
// mentions (fixtures/tpp/hand-labelled.csv) made into records as a TPP reading gives them, and the
// Kyoto reference draft as parseDraft reads it. Every count here was made by reading the texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countCoProposals, groupProposals } from '../src/analyses/coproposals.js';
import { parseDraft } from '../src/api.js';
import { TPP_PROFILE } from '../src/profiles/shipped.js';
import { formatCoProposalsTable } from '../src/formatters/coproposals-table.js';
import type { Stance, StanceRecord } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Mention {
  line: string;
  column: string;
  raw: string;
  country: string;
  stance: Stance;
  paragraph: string;
  label: string;
}

/**
 * The 1-based column of the `[` that opens the bracket holding `column` on `text`, or null when
 * the code stands in no bracket opened on its line (a negotiators' note).
 */
function openingBracket(text: string, column: number): number | null {
  let depth = 0;
  for (let i = column - 2; i >= 0; i--) {
    if (text[i] === ']') depth += 1;
    else if (text[i] === '[') {
      if (depth === 0) return i + 1;
      depth -= 1;
    }
  }
  return null;
}

/**
 * The hand-labelled TPP mentions as records, as a TPP reading gives them: the excerpt is the
 * text of the bracket the code opens (after the annotation's colon, 80 characters at most); a
 * code in a note (no bracket on its line) takes the note's line as its excerpt. Mentions of one
 * bracket thus share an excerpt; mentions of two brackets do not.
 */
function tppRecords(): StanceRecord[] {
  const lines = read('fixtures/tpp-ip-chapter-2013-08-30.txt').split('\n');
  const mentions = parse(read('fixtures/tpp/hand-labelled.csv'), { columns: true }) as Mention[];
  return mentions.map((mention) => {
    const line = Number(mention.line);
    const column = Number(mention.column);
    const text = lines[line - 1];
    const open = openingBracket(text, column);
    const after = open === null ? text : [text.slice(open - 1), ...lines.slice(line, line + 2)].join(' ');
    const colon = after.indexOf(':');
    const excerpt = (colon >= 0 ? after.slice(colon + 1) : after).replace(/\s+/g, ' ').trim().slice(0, 80);
    return {
      file: 'fixtures/tpp-ip-chapter-2013-08-30.txt', paragraph: mention.paragraph, country: mention.country,
      name: mention.country, stance: mention.stance, label: mention.label, raw: mention.raw, line, column,
      struck: false, excerpt,
    };
  });
}

describe('co-proposals on the TPP chapter (hand-labelled mentions, lines 415 to 893)', () => {
  const records = tppRecords();
  const coproposals = countCoProposals(records);
  const involvesUsOrJapan = (pair: { a: string; b: string }) => ['USA', 'JPN'].some((code) => pair.a === code || pair.b === code);

  it('finds the 55 brackets and notes that propose a text, 32 of them by two delegations or more', () => {
    // Read from the fixture's support mentions: they stand on 54 lines, one of which (442) opens
    // two brackets; 23 of the 55 hold one code.
    const proposals = groupProposals(records);
    expect(proposals.find((p) => p.line === 430)?.countries).toEqual(['AUS', 'BRN', 'CAN', 'CHL', 'MEX', 'MYS', 'NZL', 'PER', 'SGP', 'VNM']);
    // Line 442 opens two brackets: the nine proposers of paragraph 1, and `[US: Further to …`.
    expect(proposals.filter((p) => p.line === 442).map((p) => p.countries.length)).toEqual([9, 1]);
    // Line 448: `[US/PE oppose: practical] [US/PE: practicable]`: one proposal, of the wording after.
    expect(proposals.filter((p) => p.line === 448).map((p) => p.countries)).toEqual([['PER', 'USA']]);
    // A negotiators' note in prose: `AU/MY/CA/JP/MX: support inclusion of …` (line 516).
    expect(proposals.find((p) => p.line === 516)?.countries).toEqual(['AUS', 'CAN', 'JPN', 'MEX', 'MYS']);
    expect(proposals.filter((p) => p.countries.length === 1).map((p) => p.line)).toEqual([
      424, 435, 442, 445, 446, 450, 457, 465, 503, 513, 553, 554, 644, 675, 697, 713, 720, 762, 773, 774, 818, 833, 888,
    ]);
    expect(coproposals.proposals).toBe(55);
    expect(coproposals.joint).toBe(32);
  });

  it('counts the texts each pair proposes together, as read in the chapter', () => {
    // NZ and CL together: lines 430, 482, 546, 622, 625, 660, 686, 690, 745, 865, 884.
    expect(coproposals.count('NZL', 'CHL')).toBe(11);
    // SG and NZ: the same, and 442.
    expect(coproposals.count('SGP', 'NZL')).toBe(12);
    // US and JP: 442, 745, 865.
    expect(coproposals.count('USA', 'JPN')).toBe(3);
    expect(coproposals.count('JPN', 'USA')).toBe(3);
    // US with NZ: 442, 449 (US/AU/NZ), 660, 745, 865, 884.
    expect(coproposals.count('USA', 'NZL')).toBe(6);
    // The most either of them reaches with anyone: US/SG (442, 660, 687, 745, 768, 865, 884),
    // US/PE (442, 448, 660, 745, 768, 829, 865), JP/SG (442, 628, 641, 686, 690, 745, 865).
    expect(coproposals.count('USA', 'SGP')).toBe(7);
    expect(coproposals.count('USA', 'PER')).toBe(7);
    expect(coproposals.count('JPN', 'SGP')).toBe(7);
    expect(Math.max(...coproposals.pairs.filter(involvesUsOrJapan).map((pair) => pair.count))).toBe(7);
    // US alone: 442 (`[US: Further to …`), 446, 465, 503; 15 proposals in all.
    expect(coproposals.proposers.find((p) => p.country === 'USA')).toMatchObject({ proposals: 15, alone: 4 });
  });

  it('sets the US and Japan apart from the other ten, as the journalists found', () => {
    // Co-proposals with all the others, added up by hand from the brackets: US 53, JP 55; of the
    // ten, Brunei has the fewest (82), Singapore the most (110).
    const together = new Map(coproposals.proposers.map((p) => [p.country, p.together]));
    expect(together.get('USA')).toBe(53);
    expect(together.get('JPN')).toBe(55);
    expect(together.get('BRN')).toBe(82);
    expect(together.get('SGP')).toBe(110);
    const fewest = [...coproposals.proposers].sort((x, y) => x.together - y.together).map((p) => p.country);
    expect(fewest.slice(0, 2)).toEqual(['USA', 'JPN']);
    // No pair with the US or Japan is among the ten most frequent, which all reach more than 7.
    expect(coproposals.pairs.slice(0, 10).some(involvesUsOrJapan)).toBe(false);
    expect(coproposals.pairs[9].count).toBeGreaterThan(7);
  });

  it('ranks the pairs by their count, then in code order', () => {
    const { pairs } = coproposals;
    for (let i = 1; i < pairs.length; i++) {
      const [x, y] = [pairs[i - 1], pairs[i]];
      expect(x.count > y.count || (x.count === y.count && `${x.a} ${x.b}` < `${y.a} ${y.b}`)).toBe(true);
    }
    expect(pairs.every((pair) => pair.a < pair.b && pair.count > 0)).toBe(true);
  });
});

describe('co-proposals on the whole TPP chapter, read with the tpp notation', () => {
  const file = 'fixtures/tpp-ip-chapter-2013-08-30.txt';
  const { records } = parseDraft(read(file), { file, notation: TPP_PROFILE });
  const coproposals = countCoProposals(records);
  const involvesUsOrJapan = (pair: { a: string; b: string }) => ['USA', 'JPN'].some((code) => pair.a === code || pair.b === code);

  it('sets the US and Japan apart from the other ten, and the US nearest Australia, as the journalists found', () => {
    // WikiLeaks' 2013 analysis ("US–Australia isolated in TPP"): the US and Japan propose least
    // with the others, and the US's most frequent partner is Australia.
    const fewest = [...coproposals.proposers].sort((x, y) => x.together - y.together).map((p) => p.country);
    expect(new Set(fewest.slice(0, 2))).toEqual(new Set(['USA', 'JPN']));
    expect(coproposals.pairs.slice(0, 10).some(involvesUsOrJapan)).toBe(false);
    const partnersOfUs = coproposals.pairs.filter((pair) => pair.a === 'USA' || pair.b === 'USA');
    expect(partnersOfUs[0]).toMatchObject({ a: 'AUS', b: 'USA' });
    expect(coproposals.proposers).toHaveLength(12);
  });
});

describe('co-proposals on the Kyoto reference draft', () => {
  const file = 'fixtures/kyoto-6227-20-annexes.txt';
  const { records } = parseDraft(read(file), { file });
  const coproposals = countCoProposals(records);

  it('counts the annotations in which both delegations propose the same wording', () => {
    // RUS and SGP: PP1 `[RUS, SGP]`, OP19 `[USA,SGP,SLV,VAT,RUS,BRA; …]` and `[and persons with
    // disabilities: GTM,NAM,ISR,SGP,…,RUS,BRA,AUS/ …]`, OP22 `[NOR,RUS,CAN,SGP]`; not `Oppose
    // [RUS,SGP,CHN,…]` (OP6 Bis), nor OP4's `[NGA,RUS,EGY,SGP,IRN,ALG]` after struck wording (a deletion).
    expect(coproposals.count('RUS', 'SGP')).toBe(4);
    // ALG and VEN: PP4 ALT1 `[COL, EGY, SYR, NGA, BRA, ZAF, IRN, ALG, CUB, VEN]`; their `(prefer original: …)` is no proposal.
    expect(coproposals.count('DZA', 'VEN')).toBe(1);
    // QTA (Qatar) and SGP: PP4 ALT3 `[GTM,QTA,SGP]`.
    expect(coproposals.count('QAT', 'SGP')).toBe(1);
  });

  it('keeps the wordings of one annotation apart', () => {
    // OP32 `[measurable:USA,CAN/delete:EGY,RUS,CHN,IRN/practical: COL, EGY]`: two proposals.
    const op32 = groupProposals(records).filter((p) => p.paragraph === 'OP32' && ['measurable', 'practical'].includes(p.label));
    expect(op32.map((p) => [p.label, p.countries])).toEqual([['measurable', ['CAN', 'USA']], ['practical', ['COL', 'EGY']]]);
    // USA and COL share eight annotations, and never a wording: `[COL,BRA; ALT: …:USA]`, `[COL; delete:USA]`, OP32, …
    expect(coproposals.count('USA', 'COL')).toBe(0);
    expect(coproposals.pairs.some((pair) => pair.a === 'COL' && pair.b === 'USA')).toBe(false);
  });

  it('counts a delegation named twice in one annotation once', () => {
    const twice = parseDraft('1. Some wording [FRA, DEU, FRA] and more [DEU].', { file: 'draft.txt' }).records;
    const counted = countCoProposals(twice);
    expect(counted.count('DEU', 'FRA')).toBe(1);
    expect(counted.proposers).toEqual([
      { country: 'DEU', name: 'Germany', proposals: 2, alone: 1, together: 1 },
      { country: 'FRA', name: 'France', proposals: 1, alone: 0, together: 1 },
    ]);
  });
});

describe('the co-proposals table', () => {
  const plain = new Chalk({ level: 0 });

  it('lists the pairs, then the delegations with the most co-proposals first', () => {
    // fixtures/analytics/three.txt: FRA and BEL propose paragraphs 1, 2, 4 and 6 together, RUS 3 and 5 alone.
    const file = 'fixtures/analytics/three.txt';
    const table = formatCoProposalsTable(countCoProposals(parseDraft(read(file), { file }).records), { chalk: plain, width: 80 });
    const lines = table.split('\n');
    expect(lines[0]).toBe('Co-proposals: 6 texts proposed, 4 of them by two delegations or more');
    expect(lines).toContain('Pairs that propose together (1)');
    expect(lines.find((line) => line.includes('BEL-FRA'))).toMatch(/^ {2}BEL-FRA +4$/);
    const rows = lines.filter((line) => /^ {2}(BEL|FRA|RUS) /.test(line));
    expect(rows.map((row) => row.trim().split(/\s+/))).toEqual([
      ['BEL', '4', '0', '4', 'FRA', '4'],
      ['FRA', '4', '0', '4', 'BEL', '4'],
      ['RUS', '2', '2', '0'],
    ]);
  });

  it('says so when no delegation proposes anything', () => {
    const { records } = parseDraft('1. Some wording [delete: FRA]', { file: 'draft.txt' });
    expect(formatCoProposalsTable(countCoProposals(records), { chalk: plain, width: 80 })).toBe('No delegation proposes a text (no support records).\n');
  });
});
