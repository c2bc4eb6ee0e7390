/**
 * Characters inside annotations (issue 20, class 5; NOTATION.md, "Characters that are not what
 * they look like"): codes in lower or mixed case, look-alike letters of other scripts, invisible
 * characters, other spaces and compatibility forms are read as meant where that is unambiguous,
 * and reported either way; where ambiguous, an error. Every expectation below was worked out by
 * hand from the line it reads.
 *
 * The generator at the end puts such characters into the real annotations of the reference draft:
 * each annotation still yields its records, and a finding says what was read.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { checkDraft } from '../src/check/findings.js';
import { RULES } from '../src/check/rules.js';
import { latinLookAlike, readAs } from '../src/decode/fold.js';
import { loadCodeTable } from '../src/records/codes.js';
import { loadVocabulary } from '../src/records/vocabulary.js';
import type { ParseResult } from '../src/types.js';
import { runCli } from './cli-in-process.js';

const codes = loadCodeTable();
const vocabulary = loadVocabulary();
const parse = (text: string): ParseResult => parseDraft(text, { file: 'd.txt', codes, vocabulary });
const check = (text: string) => checkDraft(text, { file: 'd.txt', codes, vocabulary, strict: true });
/** Country, stance, raw, line, column of each record. */
const records = (text: string) => parse(text).records.map((r) => [r.country, r.stance, r.raw, r.line, r.column]);
/** Rule, severity, line, column of each finding. */
const findings = (text: string) => checkDraft(text, { file: 'd.txt', codes, vocabulary }).map((f) => [f.rule, f.severity, f.line, f.column]);

const NEW_RULES = ['ambiguous-code', 'lowercase-code', 'confusable-character', 'invisible-character', 'unusual-space', 'compatibility-form'] as const;

describe('codes in lower or mixed case', () => {
  it('reads the issue\'s example as FRA, BEL support and RUS delete, raw as written, each reported', () => {
    const text = '1. Strengthen cooperation [fra, Bel; delete: Rus]\n';
    // `[` is column 27: fra at 28, Bel at 33, Rus at 46.
    expect(records(text)).toEqual([
      ['FRA', 'support', 'fra', 1, 28], ['BEL', 'support', 'Bel', 1, 33], ['RUS', 'delete', 'Rus', 1, 46],
    ]);
    expect(findings(text)).toEqual([
      ['lowercase-code', 'warning', 1, 28], ['lowercase-code', 'warning', 1, 33], ['lowercase-code', 'warning', 1, 46],
    ]);
  });

  it('reads a lower-case code in a list with an upper-case one', () => {
    expect(records('1. Text [FRA, bel]\n')).toEqual([['FRA', 'support', 'FRA', 1, 10], ['BEL', 'support', 'bel', 1, 15]]);
  });

  it('leaves an ambiguous lower-case word unread, with an error: alone after a label, or a list of lower-case words only', () => {
    expect(records('1. Text [FRA; delete: rus]\n')).toEqual([['FRA', 'support', 'FRA', 1, 10]]);
    expect(findings('1. Text [FRA; delete: rus]\n')).toEqual([['ambiguous-code', 'error', 1, 23]]);
    expect(records('1. Text [can, per]\n')).toEqual([]);
    expect(findings('1. Text [can, per]\n')).toEqual([['ambiguous-code', 'error', 1, 10], ['ambiguous-code', 'error', 1, 15]]);
    // In a parenthesis mixed case proves nothing either: `(Mar)` is a month.
    expect(findings('1. Text (fra, Bel)\n')).toEqual([['ambiguous-code', 'error', 1, 10], ['ambiguous-code', 'error', 1, 15]]);
  });

  it('leaves words alone: a lone lower-case word in a bracket, a label before `:`, prose', () => {
    expect(findings('1. Text [and]\n')).toEqual([]);
    // The reference draft's `[to/and:UK,ISR]`: `to/and` is the label.
    expect(parse('1. Text [to/and:UK,ISR]\n').records.map((r) => [r.country, r.label])).toEqual([['GBR', 'to/and'], ['ISR', 'to/and']]);
    expect(findings('1. The can and the per are fine [FRA]\n')).toEqual([]);
  });
});

describe('look-alike letters of other scripts', () => {
  it('reads a Cyrillic А, В, Е, Р and a Greek Α in a code as the Latin letters', () => {
    // FRА (Cyrillic А U+0410), ВЕL (Cyrillic В U+0412, Е U+0415), ΑUS (Greek Α U+0391), JРN (Cyrillic Р U+0420).
    const text = '1. Text [FR\u0410, \u0412\u0415L; delete: \u0391US, J\u0420N]\n';
    expect(records(text)).toEqual([
      ['FRA', 'support', 'FR\u0410', 1, 10], ['BEL', 'support', '\u0412\u0415L', 1, 15],
      ['AUS', 'delete', '\u0391US', 1, 28], ['JPN', 'delete', 'J\u0420N', 1, 33],
    ]);
    // One finding per run of look-alikes: FR[А] at 12, [ВЕ]L at 15, [Α]US at 28, J[Р]N at 34.
    expect(findings(text)).toEqual([
      ['confusable-character', 'warning', 1, 12], ['confusable-character', 'warning', 1, 15],
      ['confusable-character', 'warning', 1, 28], ['confusable-character', 'warning', 1, 34],
    ]);
  });

  it('takes look-alikes from Unicode\'s confusables table, reading the table\'s `l` as `I` for a capital', () => {
    expect(['\u0410', '\u0420', '\u0412', '\u0415', '\u0391', '\u039D'].map(latinLookAlike)).toEqual(['A', 'P', 'B', 'E', 'A', 'N']);
    expect(latinLookAlike('\u0399')).toBe('I'); // Greek capital iota
    expect(latinLookAlike('\u0416')).toBe(null); // Cyrillic Ж looks like no Latin letter
    expect(latinLookAlike('A')).toBe(null);
  });

  it('reads a code wholly in look-alikes only in a list with a code, else reports it as ambiguous', () => {
    // РАК: Cyrillic Р, А, К, which look like PAK.
    expect(records('1. Text [FRA, \u0420\u0410\u041A]\n')).toEqual([['FRA', 'support', 'FRA', 1, 10], ['PAK', 'support', '\u0420\u0410\u041A', 1, 15]]);
    expect(findings('1. Text [FRA, \u0420\u0410\u041A]\n')).toEqual([['confusable-character', 'warning', 1, 15]]);
    expect(records('1. Text [\u0420\u0410\u041A]\n')).toEqual([]);
    expect(findings('1. Text [\u0420\u0410\u041A]\n')).toEqual([['ambiguous-code', 'error', 1, 10]]);
  });

  it('reports a code wholly in look-alikes that is no candidate: in a group, or in an attribution\'s code list', () => {
    // ΙΤΑ (Greek Ι, Τ, Α: ITA) before a dot, in a group: no candidate, not read; FRA, EU and RUS are.
    const dotted = '1. Text [\u0399\u03A4\u0391.FRA.EU; delete: RUS]\n';
    expect(records(dotted).map(([country]) => country)).toEqual(['FRA', 'EU', 'RUS']);
    expect(findings(dotted)).toEqual([['ambiguous-code', 'error', 1, 10]]);
    // ϹΑΝ (Greek lunate sigma, Α, Ν: CAN) after the colon of an unbracketed attribution.
    expect(findings('1. Reduce crime: \u03F9\u0391\u039D, USA;\n')).toEqual([['ambiguous-code', 'error', 1, 18]]);
    // ϹΗΕ (CHE) as the codes first, before a label's colon.
    expect(findings('1. Text [\u03F9\u0397\u0395: delete reference]\n')).toEqual([['ambiguous-code', 'error', 1, 10]]);
    // Outside brackets beside a code in Latin letters: after a dot, after a space, at the line's end.
    expect(findings('1. Reduce crime: USA.\u03F9\u0391\u039D\n')).toEqual([['ambiguous-code', 'error', 1, 22]]);
    expect(findings('1. Reduce crime: USA \u03F9\u0391\u039D\n')).toEqual([['ambiguous-code', 'error', 1, 22]]);
    expect(findings('1. Move OP6 to OP1: ITA,CHE, \u0405\u0474\u039D\n')).toEqual([['ambiguous-code', 'error', 1, 30]]);
    // In a group, a word of wording right before or after a list of Latin codes: ѴЕΝ (VEN), ЈΡΝ (JPN).
    expect(findings('1. Text (placement: support \u0474\u0415\u039D,HON,DOM)\n')).toEqual([['ambiguous-code', 'error', 1, 29]]);
    expect(findings('1. Text (retain:RUS: \u0408\u03A1\u039D noted para 60)\n')).toEqual([['ambiguous-code', 'error', 1, 22]]);
  });

  it('leaves words of other scripts alone in wording, and in lists with no code in Latin letters', () => {
    // ΤΟΝ (Greek "the") reads as TON, ΕΤΗ as ETH, Cyrillic РАК, МЕХ, СОК as PAK, MEX, COK: each here a word.
    const text = ['1. Text [ΓΙΑ ΤΟΝ ΑΝΘΡΩΠΟ: GRC]', '2. Text [retain "ΤΟΝ": GRC]', '3. Text (ΣΥΜΦΩΝΑ ΜΕ ΤΟΝ ΝΟΜΟ) [GRC]',
      '4. ΣΤΟΝ ΚΟΣΜΟ, ΤΟΝ ΦΙΛΟ ΜΟΥ [GRC]', '5. The Greek title reads: ΤΟΝ ΚΟΣΜΟ ΜΑΣ [DEU]', '6. Text ΤΟΝ / ΤΗΝ [DEU]',
      '7. Text [ΤΑ ΕΤΗ ΠΟΥ ΠΕΡΑΣΑΝ: CYP]', '8. Text [БОРЬБА ПРОТИВ РАК, СПИД: RUS]', '9. Text [МЕХ И КОЖА: RUS]',
      '10. Products: СОК, ЧАЙ [RUS]'].join('\n\n');
    expect(findings(`${text}\n`)).toEqual([]);
    expect(records(`${text}\n`).map(([country]) => country)).toEqual(['GRC', 'GRC', 'GRC', 'GRC', 'DEU', 'DEU', 'CYP', 'RUS', 'RUS', 'RUS']);
  });

  it('leaves words of other scripts alone', () => {
    // Greek and Russian prose, in capitals too, and a Greek word in a bracket.
    const text = '1. ΚΑΙ ΤΟ ΕΛΛΗΝΙΚΑ РАК рак [FRA] [λόγος]\n';
    // ΚΑΙ 4-6, ΤΟ 8-9, ΕΛΛΗΝΙΚΑ 11-18, РАК 20-22, рак 24-26, `[` 28.
    expect(records(text)).toEqual([['FRA', 'support', 'FRA', 1, 29]]);
    expect(findings(text)).toEqual([]);
  });
});

describe('invisible characters', () => {
  const invisible = [
    ['U+200E left-to-right mark', '\u200E'], ['U+200F right-to-left mark', '\u200F'], ['U+FEFF byte-order mark', '\uFEFF'],
    ['U+00AD soft hyphen', '\u00AD'], ['U+2060 word joiner', '\u2060'], ['U+200B zero-width space', '\u200B'],
  ] as const;
  for (const [name, char] of invisible) {
    it(`removes a ${name} inside a code, and before a bracket, and reports each`, () => {
      const text = `1. Text ${char}[F${char}RA, BEL${char}]\n`;
      // `[` at 10, F at 11, the mark at 12, RA, `,`, BEL at 17, the last mark at 20.
      expect(records(text)).toEqual([['FRA', 'support', `F${char}RA`, 1, 11], ['BEL', 'support', 'BEL', 1, 17]]);
      expect(findings(text)).toEqual([
        ['invisible-character', 'warning', 1, 9], ['invisible-character', 'warning', 1, 12], ['invisible-character', 'warning', 1, 20],
      ]);
    });
  }

  it('reads a paragraph number after a byte-order mark as a paragraph number', () => {
    const text = '1. First [FRA]\n\uFEFF2. Second [BEL]\n';
    const result = parse(text);
    expect(result.paragraphs.map((p) => p.id)).toEqual(['OP1', 'OP2']);
    expect(result.records.map((r) => [r.paragraph, r.country, r.line, r.column])).toEqual([['OP1', 'FRA', 1, 11], ['OP2', 'BEL', 2, 13]]);
    expect(findings(text)).toEqual([['invisible-character', 'warning', 2, 1]]);
  });

  it('reads a label with an invisible character in it as the label', () => {
    expect(parse('1. Text [FRA; de\u00ADlete: RUS]\n').records.map((r) => [r.country, r.stance, r.label])).toEqual([
      ['FRA', 'support', ''], ['RUS', 'delete', 'delete'],
    ]);
  });

  it('does not report invisible characters in prose', () => {
    const text = '1. Strengthen co\u00ADoperation\u200B of all [FRA]\n';
    expect(findings(text)).toEqual([]);
    expect(parse(text).paragraphs[0].text).toContain('co\u00ADoperation');
  });
});

describe('other spaces and commas', () => {
  for (const [name, space] of [['U+3000 ideographic space', '\u3000'], ['U+202F narrow no-break space', '\u202F'], ['U+2003 em space', '\u2003']] as const) {
    it(`reads a ${name} as a space, between codes and after a comma`, () => {
      const text = `1. Text [FRA${space}BEL,${space}RUS]\n`;
      // FRA at 10, the space at 13, BEL at 14, `,` at 17, the space at 18, RUS at 19.
      expect(records(text)).toEqual([['FRA', 'support', 'FRA', 1, 10], ['BEL', 'support', 'BEL', 1, 14], ['RUS', 'support', 'RUS', 1, 19]]);
      expect(findings(text)).toEqual([['unusual-space', 'warning', 1, 13], ['unusual-space', 'warning', 1, 18]]);
    });
  }

  it('reads a fullwidth comma, brackets and letters as the plain ones', () => {
    const text = '1. Text \uFF3BFRA\uFF0CBEL\uFF1B delete\uFF1A \uFF32\uFF35\uFF33\uFF3D\n';
    expect(records(text)).toEqual([
      ['FRA', 'support', 'FRA', 1, 10], ['BEL', 'support', 'BEL', 1, 14], ['RUS', 'delete', '\uFF32\uFF35\uFF33', 1, 27],
    ]);
    // ［ 9, ， 13, ； 17, ： 25, ＲＵＳ］ 27-30 (one finding: forms next to each other are one).
    expect(findings(text)).toEqual([
      ['compatibility-form', 'warning', 1, 9], ['compatibility-form', 'warning', 1, 13], ['compatibility-form', 'warning', 1, 17],
      ['compatibility-form', 'warning', 1, 25], ['compatibility-form', 'warning', 1, 27],
    ]);
  });

  it('reads mathematical letters (astral, two UTF-16 units each) as Latin, columns counting characters', () => {
    // 𝐅𝐑𝐀 (U+1D405 U+1D411 U+1D400) at 10-12, `,` 13, BEL at 15.
    const text = '1. Text [\u{1D405}\u{1D411}\u{1D400}, BEL]\n';
    expect(records(text)).toEqual([['FRA', 'support', '\u{1D405}\u{1D411}\u{1D400}', 1, 10], ['BEL', 'support', 'BEL', 1, 15]]);
    expect(findings(text)).toEqual([['compatibility-form', 'warning', 1, 10]]);
  });

  it('keeps the columns of the text as written after many changes on a line', () => {
    // Ten zero-width spaces before the group: `[` at 19, FRA at 20, BEL (after `,` and an em space) at 25.
    const text = `1. Text${'\u200B'.repeat(10)} [FRA,\u2003BEL]\n`;
    expect(records(text)).toEqual([['FRA', 'support', 'FRA', 1, 20], ['BEL', 'support', 'BEL', 1, 25]]);
    expect(findings(text)).toEqual([['unusual-space', 'warning', 1, 24]]);
  });

  it('leaves the no-break space alone: the notation reads it as a space already', () => {
    expect(findings('1. Text [FRA\u00A0: delete]\n')).toEqual([]);
  });
});

describe('the new rules', () => {
  it('are check rules with a description, help and an example that reports them', () => {
    for (const rule of NEW_RULES) {
      expect(RULES[rule].description.length).toBeGreaterThan(0);
      const example = RULES[rule].example.replace(/\\u([0-9A-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(check(`${example.replace(/ \(with .*\)$/, '')}\n`).map((f) => f.rule)).toContain(rule);
    }
  });

  it('`check --strict` lists the issue\'s example (it said "No findings")', async () => {
    const run = await runCli(['check', '--strict', '-'], { input: '1. Strengthen cooperation [fra, Bel; delete: Rus]\n' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('-:1:28 error lowercase-code `fra` is read as `FRA` (France)');
    expect(run.stdout).not.toContain('No findings');
  });
});

// ---------------------------------------------------------------------------------------------
// The generator: look-alikes, invisible characters and odd spaces in the reference draft's annotations.

const reference = readFileSync(join(import.meta.dirname, '../fixtures/kyoto-6227-20-annexes.txt'), 'utf8');
const referenceLines = reference.split('\n');
const INVISIBLE = ['\u200B', '\u200E', '\u200F', '\uFEFF', '\u00AD', '\u2060'];
const SPACES = ['\u3000', '\u202F', '\u2003', '\u2002', '\u2009', '\u205F'];
/** Each capital's look-alikes among the Greek and Cyrillic letters, by Unicode's confusables table. */
const LOOK_ALIKES = new Map<string, string[]>();
for (let code = 0x370; code <= 0x4ff; code++) {
  const char = String.fromCharCode(code);
  const latin = latinLookAlike(char);
  if (latin && /[A-Z]/.test(latin)) LOOK_ALIKES.set(latin, [...(LOOK_ALIKES.get(latin) ?? []), char]);
}

/** A paragraph of the reference draft, on its own, with one of its bracketed annotations that has records. */
interface Sample {
  lines: string[];
  /** The annotation's line in `lines` (0-based), and where its source starts and ends on it. */
  line: number;
  from: number;
  to: number;
  /** Offsets of its codes on the line, and their length. */
  codes: { at: number; length: number }[];
}

function samples(): Sample[] {
  const result = parse(reference);
  const found: Sample[] = [];
  for (const paragraph of result.paragraphs) {
    const annotations = result.annotations.filter((a) =>
      a.paragraph === paragraph.id && a.form !== 'unbracketed' && a.line >= paragraph.startLine && a.line <= paragraph.endLine &&
      !a.source.includes('\n') && a.segments.some((s) => s.mentions.length > 0));
    for (const annotation of annotations) {
      const line = referenceLines[annotation.line - 1];
      const from = annotation.column - 1; // the reference draft has no astral character: columns are offsets
      const mentions = annotation.segments.flatMap((s) => s.mentions).filter((m) => m.line === annotation.line && /^[A-Z]{2,3}$/.test(m.raw));
      found.push({
        lines: referenceLines.slice(paragraph.startLine - 1, paragraph.endLine), line: annotation.line - paragraph.startLine,
        from, to: from + annotation.source.length, codes: mentions.map((m) => ({ at: m.column - 1, length: m.raw.length })),
      });
    }
  }
  return found;
}

type Mutation = { kind: 'invisible' | 'space' | 'comma' | 'look-alike'; at: number; remove: number; insert: string };

/** A mutation of the annotation's line: inside the brackets, never changing what the text reads as. */
function mutation(sample: Sample, choice: number, pick: number): Mutation | null {
  const line = sample.lines[sample.line];
  const inside = (test: (char: string) => boolean) =>
    [...line.slice(sample.from + 1, sample.to - 1)].flatMap((char, i) => (test(char) ? [sample.from + 1 + i] : []));
  const nth = <T>(list: T[]): T | undefined => list[pick % Math.max(1, list.length)];
  switch (choice % 4) {
    case 0: {
      const at = sample.from + 1 + (pick % (sample.to - sample.from - 1));
      return { kind: 'invisible', at, remove: 0, insert: INVISIBLE[pick % INVISIBLE.length] };
    }
    case 1: {
      const at = nth(inside((c) => c === ' '));
      return at === undefined ? null : { kind: 'space', at, remove: 1, insert: SPACES[pick % SPACES.length] };
    }
    case 2: {
      const at = nth(inside((c) => c === ','));
      return at === undefined ? null : { kind: 'comma', at, remove: 1, insert: '\uFF0C' };
    }
    default: {
      const code = nth(sample.codes);
      if (!code) return null;
      const at = code.at + (pick % code.length);
      const alikes = LOOK_ALIKES.get(line[at]);
      return alikes ? { kind: 'look-alike', at, remove: 1, insert: alikes[pick % alikes.length] } : null;
    }
  }
}

const RULE_OF = { invisible: 'invisible-character', space: 'unusual-space', comma: 'compatibility-form', 'look-alike': 'confusable-character' };

describe('look-alikes, invisible characters and odd spaces put into the reference draft\'s annotations', () => {
  const all = samples();

  it('finds the annotations to put them into', () => {
    // The reference draft has hundreds of bracketed annotations with records on one line.
    expect(all.length).toBeGreaterThan(300);
    for (const letter of 'ABEHIKMNOPTXY') expect(LOOK_ALIKES.has(letter)).toBe(true);
  });

  it('every annotation still yields its records, with a finding of the character\'s rule', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.array(fc.tuple(fc.nat(3), fc.nat(10_000)), { minLength: 1, maxLength: 3 }), (index, picks) => {
        const sample = all[index];
        const mutations = picks.map(([choice, pick]) => mutation(sample, choice, pick)).filter((m): m is Mutation => m !== null);
        // Distinct places, applied from the right so that each place is still where it was found.
        const distinct = [...new Map(mutations.map((m) => [m.at, m])).values()].sort((a, b) => b.at - a.at);
        if (distinct.length === 0) return;
        tried++;
        let line = sample.lines[sample.line];
        for (const m of distinct) line = line.slice(0, m.at) + m.insert + line.slice(m.at + m.remove);
        const before = sample.lines.join('\n');
        const after = [...sample.lines.slice(0, sample.line), line, ...sample.lines.slice(sample.line + 1)].join('\n');
        // A code whose every letter was replaced is in another script: read as the code where its
        // list holds a code in Latin capitals, else ambiguous, not read, an `ambiguous-code` error
        // (docs/notation.md). What is read of the other codes is unchanged.
        const replaced = (at: number) => distinct.some((m) => m.kind === 'look-alike' && m.at === at);
        const foreign = sample.codes.filter((code) => Array.from({ length: code.length }, (_, i) => code.at + i).every(replaced));
        const inForeign = (at: number) => foreign.some((code) => at >= code.at && at < code.at + code.length);
        const writtenForeign = (raw: string) => !/[A-Za-z]/.test(raw);
        if (foreign.length === 0) expect(readAs(after)).toBe(before);

        const expected = parse(before).records;
        const got = parse(after).records;
        const gist = (r: ParseResult['records'][number]) => [r.paragraph, r.country, r.stance, r.label, r.line, r.struck, readAs(r.raw)];
        const atForeign = (r: ParseResult['records'][number]) => r.line === sample.line + 1 && inForeign(r.column - 1);
        // Its record as the code's, but for `raw`: as written, in the other script.
        const asCode = (r: ParseResult['records'][number]) => gist(r).slice(0, -1);
        const foreignRead = got.filter((r) => writtenForeign(r.raw)).map(asCode);
        expect(expected.filter(atForeign).map(asCode)).toEqual(expect.arrayContaining(foreignRead));
        // A code not read is wording, which may change how the codes around it read (in `(UK, ΙΤΑ:
        // support FRA)` UK is no longer a code first): the `ambiguous-code` error below says so.
        const allRead = foreignRead.length === foreign.length;
        if (allRead) expect(got.filter((r) => !writtenForeign(r.raw)).map(gist)).toEqual(expected.filter((r) => !atForeign(r)).map(gist));
        // Each record points at its code as written.
        const lines = after.split('\n');
        for (const record of got) expect([...lines[record.line - 1]].slice(record.column - 1).join('')).toMatch(new RegExp(`^${record.raw}`));
        const rules = checkDraft(after, { file: 'd.txt', codes, vocabulary }).filter((f) => f.line === sample.line + 1).map((f) => f.rule);
        for (const m of distinct) if (!inForeign(m.at)) expect(rules).toContain(RULE_OF[m.kind]);
        // Each foreign code read or not: never neither a record nor an error.
        if (foreignRead.length > 0) expect(rules).toContain('confusable-character');
        if (!allRead) expect(rules).toContain('ambiguous-code');
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(200);
  });
});
