/**
 * Property tests (fast-check) built from the parts of the notation (NOTATION.md): paragraph
 * labels, prose, groups `[CODES; label: CODES]` and `(label: CODES)`, labels from the stance
 * vocabulary, code lists joined by `,` `.` or spaces, strikes, nesting.
 *
 *  (a) parseDraft never throws: on generated drafts, on strings over the notation's alphabet,
 *      on any Unicode (including lone surrogates); positions stay inside the text.
 *  (b) in a well-formed group in a numbered paragraph, every code yields exactly one record,
 *      whose line and column (in characters, astral ones counting one) point at the code.
 *  (c) round trip: canonical groups rendered to text give back the (paragraph, country, stance)
 *      of every mention, as the spec's stance table says.
 *  (d) read paragraph by paragraph (readDraft, as the records CSV is written), records and
 *      annotations come in position order: paragraphs follow one another in the text.
 *  (e) lexed a part at a time (lexInParts, cut at line ends and after a `]` or `)` in a long line), a text gives the tokens,
 *      with the positions, that lexing it whole gives.
 *  (f) whether a text has a chapeau, answered from the text alone (hasChapeau), is what the
 *      pass over its chunks answers.
 *  (g) a long chunk's first piece rules out a heading (mayBeHeading false) only when the whole
 *      chunk is none (isHeading), so the chunk is placed without being held whole.
 *  (h) a long paragraph read in sections cut wherever sections.ts allows gives what it gives read
 *      whole: paragraphs, annotations, records and diagnostics.
 *
 * The properties hold for any seed; fast-check prints the seed and the shrunk counterexample
 * on failure (re-run with `fc.assert(..., { seed, path })`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexDraft, lexInParts } from '../grammar/index.js';
import { byPosition, parseDraft, readDraft, readSections } from '../src/api.js';
import { normaliseText } from '../src/decode/decode-draft.js';
import { chunksOf } from '../src/paragraphs/chunks.js';
import { chapeauInChunks, hasChapeau } from '../src/paragraphs/chapeau.js';
import { isHeading, mayBeHeading } from '../src/paragraphs/chunk-kinds.js';
import { loadCodeTable } from '../src/records/codes.js';
import { loadVocabulary } from '../src/records/vocabulary.js';
import { replaceInPieces } from '../src/util/text.js';
import type { ParseResult, Stance } from '../src/types.js';

const NUM_RUNS = 200;
const codes = loadCodeTable();
const vocabulary = loadVocabulary();
/** The shipped tables, loaded once: a fresh load per parse would cost more than the parse. */
const parse = (text: string): ParseResult => parseDraft(text, { file: 'prop.txt', codes, vocabulary });

const CODES = ['FRA', 'BEL', 'RUS', 'USA', 'CHN', 'EGY', 'IRN', 'GBR', 'DEU', 'BRA'] as const;

/** Labels with the stance the spec's table gives them (rows 1-6, then proposed wording: row 7). */
const LABELS: readonly [string, Stance][] = [
  ['retain original', 'oppose'], ['prefer original', 'oppose'], ['support the original text', 'oppose'],
  ['revert to original language', 'oppose'], ['oppose', 'oppose'], ['reservation', 'oppose'],
  ['oppose deletion of OP6', 'oppose'], ['not clear', 'oppose'],
  ['delete', 'delete'], ['delete this para', 'delete'], ['end here', 'delete'], ['remove', 'delete'],
  ['support', 'support'], ['support concept', 'support'], ['agree', 'support'], ['keep this para', 'support'],
  ['add "as appropriate"', 'support'], ['flexible', 'support'],
  ['retain', 'oppose'], ['retain both', 'oppose'],
  ['move OP2 here', 'other'], ['appropriate placement to be considered', 'other'], ['merge with OP3', 'other'],
  ['issue in translation', 'other'],
  ['and crimes against migrants', 'support'], ['reaffirm', 'support'], ['in vulnerable situations', 'support'],
];

/** Lower-case prose with accents, astral characters and punctuation; no code, label or stance word. */
const WORDS = [
  'strengthen', 'the', 'cooperation', 'rule', 'of', 'law', 'crime', 'prevention', 'and', 'justice', 'for', 'all',
  'réseau', 'données', 'société', '😀', '𝒳𝒴', 'a😀b', '犯罪', 'law,', 'justice;', 'end.', '“quoted”', '—', '«', '»', '-',
];

// ---------------------------------------------------------------------------------------------
// Arbitraries

const code = fc.constantFrom(...CODES);
const word = fc.constantFrom(...WORDS);
const prose = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const label = fc.constantFrom(...LABELS);
const codeSeparator = fc.constantFrom(',', ', ', ' , ', '.', ' ');

interface Segment { label: [string, Stance] | null; codes: string[]; separator: string }
interface Group { open: '[' | '('; segments: Segment[]; segmentSeparator: string }

const codeList = fc.array(code, { minLength: 1, maxLength: 4 });
/** `[C1,C2; label: C3,C4]`: a bare list first (or not), then labelled segments. */
const group: fc.Arbitrary<Group> = fc.record({
  open: fc.constantFrom('[' as const, '(' as const),
  bare: fc.option(fc.record({ codes: codeList, separator: codeSeparator }), { nil: null }),
  labelled: fc.array(fc.record({ label, codes: codeList, separator: codeSeparator }), { minLength: 0, maxLength: 3 }),
  segmentSeparator: fc.constantFrom(';', '; ', ' ; '),
}).filter(({ bare, labelled }) => bare !== null || labelled.length > 0).map(({ open, bare, labelled, segmentSeparator }) => ({
  open,
  segmentSeparator,
  segments: [...(bare ? [{ label: null, ...bare }] : []), ...labelled],
}));

interface Mention { raw: string; line: number; column: number; paragraph: string; stance: Stance }

/**
 * Renders paragraphs of `N. prose [group] prose…` (a continuation line may follow) and
 * records where each code lands (line, column in characters) and the stance the spec gives it.
 */
class DraftWriter {
  private lines: string[] = [''];
  readonly mentions: Mention[] = [];

  write(text: string): void {
    const parts = text.split('\n');
    this.lines[this.lines.length - 1] += parts[0];
    for (const part of parts.slice(1)) this.lines.push(part);
  }

  /** Writes a group; bare codes take `bareStance` (support, or delete after struck text). */
  writeGroup(g: Group, paragraph: string, bareStance: Stance): void {
    this.write(g.open);
    g.segments.forEach((segment, s) => {
      if (s > 0) this.write(g.segmentSeparator);
      if (segment.label) this.write(`${segment.label[0]}: `);
      segment.codes.forEach((raw, i) => {
        if (i > 0) this.write(segment.separator);
        const line = this.lines.length;
        const column = Array.from(this.lines[line - 1]).length + 1;
        this.mentions.push({ raw, line, column, paragraph, stance: segment.label ? segment.label[1] : bareStance });
        this.write(raw);
      });
    });
    this.write(g.open === '[' ? ']' : ')');
  }

  get text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** How a paragraph is labelled, and the ID it gets (NOTATION.md, "Paragraphs and their IDs"). */
const PARAGRAPH_LABELS: readonly ((n: number) => [written: string, id: string])[] = [
  (n) => [`${n}.`, `OP${n}`],
  (n) => [`PP${n} ALT`, `PP${n} ALT`],
  (n) => [`OP${n} Bis.`, `OP${n} Bis`],
  (n) => [`NEW PP${n}`, `NEW PP${n}`],
];

interface ParagraphSpec {
  /** Index into PARAGRAPH_LABELS. */
  labelKind: number;
  /** Before each group: prose, struck or not. */
  pieces: { prose: string; struck: boolean; group: Group }[];
  tail: string;
  /** Put the second half of the pieces on a continuation line (which starts lower-case). */
  continuation: boolean;
  blankLineAfter: boolean;
}

const paragraphSpec: fc.Arbitrary<ParagraphSpec> = fc.record({
  labelKind: fc.nat({ max: PARAGRAPH_LABELS.length - 1 }),
  pieces: fc.array(fc.record({ prose, struck: fc.boolean(), group }), { minLength: 1, maxLength: 3 }),
  tail: fc.option(prose, { nil: '' }),
  continuation: fc.boolean(),
  blankLineAfter: fc.boolean(),
});

function renderDraft(paragraphs: ParagraphSpec[], labelled = true): DraftWriter {
  const writer = new DraftWriter();
  paragraphs.forEach((p, n) => {
    const [written, id] = PARAGRAPH_LABELS[labelled ? p.labelKind : 0](n + 1);
    writer.write(`${written} `);
    p.pieces.forEach((piece, i) => {
      if (p.continuation && i > 0 && i === Math.ceil(p.pieces.length / 2)) writer.write('\nand ');
      else if (i > 0) writer.write(' ');
      writer.write(piece.struck ? `~~${piece.prose}~~ ` : `${piece.prose} `);
      writer.writeGroup(piece.group, id, piece.struck ? 'delete' : 'support');
    });
    if (p.tail) writer.write(` ${p.tail}`);
    writer.write(p.blankLineAfter ? '\n\n' : '\n');
  });
  return writer;
}

/** Drafts of 1 to 6 paragraphs, numbered `1.`, `2.`, … or labelled (`PP2 ALT`, `OP3 Bis.`, `NEW PP4`). */
const draft = fc.array(paragraphSpec, { minLength: 1, maxLength: 6 });

/** Looser drafts for (a): any label, nesting, strikes anywhere, unbalanced brackets, stray separators. */
const looseToken: fc.Arbitrary<string> = fc.letrec((tie) => ({
  token: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    code,
    fc.constantFrom('1.', '4.4.', '8-9.', '~~9-11.~~', 'PP2 ALT', 'OP6 Bis.', 'OPI ALT', 'NEW PP5', 'OP28 ALT.', '\n', '\n\n', '12\n'),
    fc.constantFrom('[', ']', '(', ')', '~~', ':', ';', ',', '/', '.', ' ', 'supported by', 'Oppose', 'UK', 'NDL', 'QTA', 'EU', 'XYZ', 'ALT'),
    label.map(([text]) => `${text}:`),
    group.map((g) => { const w = new DraftWriter(); w.writeGroup(g, '', 'support'); return w.text.trimEnd(); }),
    fc.array(tie('token'), { maxLength: 4 }).map((inner) => `[${inner.join(' ')}]`),
    fc.array(tie('token'), { maxLength: 4 }).map((inner) => `~~${inner.join(' ')}~~`),
    fc.array(tie('token'), { maxLength: 4 }).map((inner) => `(${inner.join('')})`),
  ),
})).token;
const looseDraft = fc.array(looseToken, { maxLength: 40 }).map((tokens) => tokens.join(' '));

/**
 * Group interiors made of the notation's own parts, evenly weighted, so that odd orders
 * (`[: FRA x [BEL]]`, `(FRA; : delete BEL`) come up often; closers may be missing or wrong.
 */
const annotationLike: fc.Arbitrary<string> = fc.letrec((tie) => ({
  element: fc.oneof(
    { depthSize: 'small' },
    code, code.map((c) => `${c},`), word, fc.constant(':'), fc.constantFrom(';', ',', '/', '~~', 'delete', 'retain original', 'supported by', 'UK'),
    tie('group'),
  ),
  group: fc.record({
    open: fc.constantFrom('[', '('),
    inner: fc.array(tie('element'), { maxLength: 6 }),
    close: fc.constantFrom(']', ')', '', ']]'),
    glue: fc.constantFrom(' ', ''),
  }).map(({ open, inner, close, glue }) => `${open}${inner.join(glue)}${close}`),
})).group as fc.Arbitrary<string>;
const annotationDraft = fc.array(fc.tuple(prose, annotationLike), { minLength: 1, maxLength: 5 })
  .map((pairs) => pairs.map(([text, group], n) => `${n + 1}. ${text} ${group}`).join('\n'));

/** Every record and diagnostic points inside the text; every record at its raw code. */
function positionProblems(text: string, result: ParseResult): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const problems: string[] = [];
  for (const r of result.records) {
    const chars = Array.from(lines[r.line - 1] ?? '');
    const found = chars.slice(r.column - 1, r.column - 1 + Array.from(r.raw).length).join('');
    if (r.line < 1 || r.column < 1 || found !== r.raw) problems.push(`record ${r.raw} at ${r.line}:${r.column} finds ${JSON.stringify(found)}`);
  }
  for (const d of result.diagnostics) {
    if (!(d.line >= 1 && d.column >= 1 && d.line <= lines.length)) problems.push(`diagnostic ${d.rule} at ${d.line}:${d.column}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (a) never throws

describe('(a) parseDraft never throws', () => {
  it('on generated drafts, well-formed or not (nesting, strikes, stray brackets and separators)', () => {
    fc.assert(fc.property(looseDraft, (text) => {
      expect(positionProblems(text, parse(text))).toEqual([]);
    }), { numRuns: NUM_RUNS });
  });

  it('on groups built from the notation\'s parts in any order, nested, closed or not', () => {
    // Cheap (about 0.5 ms a case), and the odd orders need many cases: five times the usual runs.
    fc.assert(fc.property(annotationDraft, (text) => {
      expect(positionProblems(text, parse(text))).toEqual([]);
    }), { numRuns: 5 * NUM_RUNS });
  });

  it('on strings over the notation alphabet: []();:,/~ and codes', () => {
    const unit = fc.constantFrom('[', ']', '(', ')', ';', ':', ',', '/', '~', '~~', ' ', '\n', '.', 'a', '1.', ...CODES, 'UK', 'OP1');
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
      expect(positionProblems(text, parse(text))).toEqual([]);
    }), { numRuns: NUM_RUNS });
  });

  it('on any Unicode string (full code-point range)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expect(positionProblems(text, parse(text))).toEqual([]);
    }), { numRuns: NUM_RUNS });
  });

  it('on any UTF-16 code units, lone surrogates included, mixed with annotations', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.constantFrom('[FRA]', '(delete: RUS)', '~~', '\n1. ', '\uD83D\uDE00', '\r\n', '\r', '\uFEFF'),
    );
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
      expect(positionProblems(text, parse(text))).toEqual([]);
    }), { numRuns: NUM_RUNS });
  });

  it('with the default tables too (no codes or vocabulary passed)', () => {
    fc.assert(fc.property(looseDraft, (text) => {
      parseDraft(text);
    }), { numRuns: 20 });
  });
});

// ---------------------------------------------------------------------------------------------
// (b) one record per code, at the code

describe('(b) every code of a well-formed group yields one record that points at it', () => {
  it('[C1,C2; label: C3,C4] and (label: C3) in numbered paragraphs, with astral characters before them', () => {
    fc.assert(fc.property(draft, (paragraphs) => {
      const writer = renderDraft(paragraphs, false);
      const text = writer.text;
      const { records } = parse(text);
      const lines = text.split('\n');
      for (const r of records) {
        const at = Array.from(lines[r.line - 1]).slice(r.column - 1).join('');
        expect(at.startsWith(r.raw), `record ${r.raw} at ${r.line}:${r.column} in\n${text}`).toBe(true);
      }
      const key = (m: { raw: string; line: number; column: number }) => `${m.line}:${m.column}:${m.raw}`;
      expect(records.map(key).sort(), text).toEqual(writer.mentions.map(key).sort());
    }), { numRuns: NUM_RUNS });
  });
});

describe('(b) … and in labelled paragraphs (PP2 ALT, OP6 Bis., NEW PP5)', () => {
  it('one record per code, at the code', () => {
    fc.assert(fc.property(draft, (paragraphs) => {
      const writer = renderDraft(paragraphs);
      const { records } = parse(writer.text);
      expect(positionProblems(writer.text, { records, diagnostics: [], paragraphs: [], annotations: [] })).toEqual([]);
      const key = (m: { raw: string; line: number; column: number }) => `${m.line}:${m.column}:${m.raw}`;
      expect(records.map(key).sort(), writer.text).toEqual(writer.mentions.map(key).sort());
    }), { numRuns: NUM_RUNS });
  });
});

// ---------------------------------------------------------------------------------------------
// (c) round trip

describe('(c) round trip: rendered canonical groups give back every (paragraph, country, stance)', () => {
  it('bare codes support (delete after struck text), labelled codes take the stance of their label; paragraph IDs as written', () => {
    fc.assert(fc.property(draft, (paragraphs) => {
      const writer = renderDraft(paragraphs);
      const text = writer.text;
      const { records } = parse(text);
      const got = new Set(records.map((r) => `${r.paragraph} ${r.country} ${r.stance}`));
      const expected = new Set(writer.mentions.map((m) => `${m.paragraph} ${m.raw} ${m.stance}`));
      expect([...got].sort(), text).toEqual([...expected].sort());
    }), { numRuns: NUM_RUNS });
  });

  it('every label of the table on its own: [label: FRA]', () => {
    for (const [text, stance] of LABELS) {
      const { records } = parse(`1. Strengthen cooperation [${text}: FRA]\n`);
      expect(records.map((r) => [r.country, r.stance, r.label]), text).toEqual([['FRA', stance, text]]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (d) paragraph by paragraph, in position order

/** Positions that go backwards when the paragraphs' records (and annotations) are concatenated. */
function outOfOrder(text: string): string[] {
  const problems: string[] = [];
  let last: { records?: { line: number; column: number }; annotations?: { line: number; column: number } } = {};
  for (const part of readDraft(text, { file: 'prop.txt', codes, vocabulary }).paragraphs) {
    for (const kind of ['records', 'annotations'] as const) {
      for (const item of part[kind]) {
        const before = last[kind];
        if (before && byPosition(before, item) > 0) problems.push(`${kind}: ${before.line}:${before.column} before ${item.line}:${item.column} (${part.paragraph.id})`);
        last = { ...last, [kind]: item };
      }
    }
  }
  return problems;
}

describe('(d) read paragraph by paragraph, records and annotations come in position order', () => {
  it('on generated drafts, well-formed or not', () => {
    fc.assert(fc.property(fc.oneof(looseDraft, annotationDraft), (text) => {
      expect(outOfOrder(text)).toEqual([]);
    }), { numRuns: 2 * NUM_RUNS });
  });

  it('on every fixture, and the paragraphs together are parseDraft\'s result', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(outOfOrder(text), file).toEqual([]);
      const whole = parseDraft(text, { file: 'prop.txt', codes, vocabulary });
      const reading = readDraft(text, { file: 'prop.txt', codes, vocabulary });
      // Asked for part-way, the diagnostics are those of the paragraphs read so far.
      const parts: ReturnType<typeof reading.paragraphs.next>['value'][] = [];
      const lastLine = () => parts[parts.length - 1]?.paragraph.endLine ?? 0;
      for (const part of reading.paragraphs) {
        parts.push(part);
        if (parts.length % 7 !== 1) continue;
        const soFar = reading.diagnostics();
        expect(reading.isComplete(), file).toBe(false);
        // Later paragraphs' diagnostics lie on later lines (headings go with the paragraph after them).
        expect(soFar, file).toEqual(whole.diagnostics.filter((d) => d.line <= lastLine()));
      }
      expect(reading.isComplete()).toBe(true);
      expect(parts.flatMap((part) => part.records)).toEqual(whole.records);
      expect(parts.map((part) => part.paragraph.id)).toEqual(whole.paragraphs.map((p) => p.id));
      expect(reading.diagnostics()).toEqual(whole.diagnostics);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (e) lexing in parts

const tokenKey = (t: { image: string; startOffset: number; startLine?: number; startColumn?: number; tokenType: { name: string } }) =>
  `${t.tokenType.name} ${JSON.stringify(t.image)} @${t.startOffset} ${t.startLine}:${t.startColumn}`;
const lexedWhole = (text: string) => lexDraft(text).map(tokenKey);
const lexedInParts = (text: string, partLength: number) => [...lexInParts(text, partLength)].flat().map(tokenKey);

describe('(e) lexed a part at a time, a text gives the same tokens as lexed whole', () => {
  it('on generated drafts with empty lines anywhere, cut at every line or every few', () => {
    const unit = fc.oneof(looseToken, fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n\n1. ', '\n\nOP2 ', '😀', '\n\n~~', 'é\n\nFRA'),
      // Where a long line is cut (after a `]` that is no link's `](`, or a `)` in no link's text), and what the matchers look back at there.
      fc.constantFrom('[see](#note)', '[1.](#) ', '] OP28 ALT. Explore', ']1. ', '😀]😀', ']FRA', '](https://x)',
        ') OP28 ALT. Explore', ')1. ', '😀)😀', ')FRA', '[a) b](#)', '[(x)](#y)', '[a) ', '(see) [FRA]'));
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom(0, 1, 5, 40), (units, partLength) => {
      const text = normaliseText(units.join(''));
      expect(lexedInParts(text, partLength)).toEqual(lexedWhole(text));
    }), { numRuns: NUM_RUNS });
  });

  it('on every fixture', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'))) {
      const text = normaliseText(readFileSync(join(dir, file), 'utf8'));
      const whole = lexedWhole(text);
      for (const partLength of [0, 1, 4096]) expect(lexedInParts(text, partLength), file).toEqual(whole);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (f) the chapeau's pre-check

describe('(f) hasChapeau, read from the text, agrees with the pass over the chunks', () => {
  it('on texts of the chapeau\'s words, markup, line ends and labels in any order', () => {
    const unit = fc.constantFrom(
      'We, the Heads of State', 'We, the Heads', '*', '**', '> ', '- ', '#', '_', ' ', '\t', '\u00a0', '\n', '\n\n', '\r\n', '\r',
      '\u2028', '\uFEFF', 'text ', '1. ', 'OP28 ALT. ', '12\n', 'Formatted: x\n', '[FRA]', '“', 'Before ',
      '~~~~', '~~', '\u3000', '\u200b', '**Commented [A1]:** y\n', '- 1. ', ' 7 ',
    );
    let found = 0;
    fc.assert(fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
      const text = normaliseText(units.join(''));
      const full = chapeauInChunks(chunksOf(text, lexInParts(text)));
      if (full) found++;
      expect(hasChapeau(text)).toBe(full);
    }), { numRuns: 10 * NUM_RUNS });
    // The generator must reach the case that matters: texts that do have a chapeau.
    expect(found).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// (g) a heading ruled out from a long chunk's first piece

describe('(g) mayBeHeading of a first piece is false only for a chunk that is no heading', () => {
  it('on chunks of markup, brackets, codes and prose lines in any order, cut into pieces of a few tokens', () => {
    const line = fc.constantFrom(
      '**Title**', '**Title', 'Title**', '*', '**', '~~Text~~ [FRA]', '**Text** [BEL]', '# Heading', '## Title [FRA]',
      '[FRA, BEL]', '[Note on this: FRA]', '[FRA]]', '[[FRA]', '*[FRA; delete: RUS]*', 'Prose [FRA]', 'prose', '~~', '(retain: USA)',
    );
    const codes = loadCodeTable();
    const isCode = (raw: string) => codes.lookup(raw) !== null;
    let ruledOut = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (lines, pieceTokens) => {
      const text = `${lines.join('\n')}\n`;
      const pieces = [...chunksOf(text, lexInParts(text), { pieceTokens })];
      const wholes = [...chunksOf(text, lexInParts(text), { pieceTokens: Infinity })];
      let at = 0;
      for (const whole of wholes) {
        const first = pieces[at]!;
        while (pieces[at]!.more) at++;
        at++;
        if (!first.more || mayBeHeading(first)) continue;
        ruledOut++;
        expect(isHeading(whole, isCode), text).toBe(false);
      }
    }), { numRuns: 10 * NUM_RUNS });
    expect(ruledOut).toBeGreaterThan(0);
  });
});

describe('replaceInPieces gives what one replace gives', () => {
  it('for white space and marks, on texts longer than a piece (64 KB) cut anywhere in their pattern', () => {
    const part = fc.constantFrom('a', 'bb', ' ', '\t', '\n', '  ', ' \n ', '~~', '**', '*', '<em>', '</em>', 'x');
    // A random pattern repeated past 64 KB: the cuts fall at random places within it.
    const longText = fc.tuple(fc.array(part, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 5_000 }))
      .map(([parts, extra]) => {
        const unit = parts.join('');
        return unit.repeat(Math.ceil((66_000 + extra) / unit.length));
      });
    fc.assert(fc.property(longText, (text) => {
      expect(replaceInPieces(text, /\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
      expect(replaceInPieces(text, /~~|\*+|<\/?[a-z]+>/g, '')).toBe(text.replace(/~~|\*+|<\/?[a-z]+>/g, ''));
    }), { numRuns: 40 });
  });
});

// ---------------------------------------------------------------------------------------------
// (h) sections

/** Everything a reading gives, sections concatenated: texts and messages read out. */
function readInSections(text: string, sectionTokens?: number) {
  const reading = readSections(text, { file: 'prop.txt', codes, vocabulary }, sectionTokens);
  const out = { paragraphs: [] as unknown[], annotations: [] as unknown[], records: [] as unknown[] };
  for (const part of reading.sections) {
    if (part.complete) out.paragraphs.push({ ...part.paragraph, text: part.paragraph.text });
    out.annotations.push(...part.annotations);
    out.records.push(...part.records);
  }
  return { ...out, diagnostics: reading.diagnostics().map((d) => ({ ...d, message: d.message })) };
}

describe('(h) a long paragraph cut into sections wherever allowed gives what it gives read whole', () => {
  // Pieces of lines: prose, codes and code lists, separators, remarks (one after another, with
  // annotations in them), strike marks and emphasis, groups with and without delegations, unclosed
  // and stray brackets, links and mid-line labels: what a cut or a carried label could change.
  const piece = fc.constantFrom(
    'Words', 'more text', 'Oppose', 'delete', 'retain', 'a long label of many words', 'FRA', 'BEL', 'RUS', 'UK', 'QQQ', 'FRA, BEL',
    'FRA.ITA', 'FRA supported by BEL', ';', ':', '/', ',', '.', 'label: FRA', 'delete: RUS;', 'x: FRA / y: BEL', 'FRA (flexible)',
    'FRA(delete: RUS)', '(remark)', '(retain original: EGY, IRN)', '~~', '~~struck~~', '**x**', '~~[RUS]~~', '[FRA]', '[FRA, BEL]',
    '[QQQ]', '(see note)', '[x: BEL]', '[a [FRA] b]', '(see FRA(delete: RUS))', '[reaffirm:SWE/recall:USA]', '(x]', '[', '(', ']',
    ')', '(delete:', 'Oppose [RUS, SGP]', '[x](#)', '. OP28 ALT. Explore', 'FR\u0410', 'dele\u00ADte',
  );
  const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' '));
  // An opening long enough to be known at once, so that cuts may fall from the first lines on.
  const opening = fc.constantFrom(`1. Text ${'long opening prose words '.repeat(7)}`, '1. Text', `1. Text ${'prose '.repeat(30)}[FRA]`);
  const draft = fc.tuple(opening, fc.array(line, { minLength: 2, maxLength: 12 })).map(([first, lines]) => `${first}\n${lines.join('\n')}\n`);

  it('on generated paragraphs of lines of annotation pieces', () => {
    let cut = 0;
    fc.assert(fc.property(draft, (text) => {
      const [everyCut, whole] = [readInSections(text, 1), readInSections(text)];
      if (readSections(text, { file: 'prop.txt', codes, vocabulary }, 1).sections.next().value?.complete === false) cut++;
      expect(everyCut).toEqual(whole);
    }), { numRuns: 5 * NUM_RUNS });
    expect(cut).toBeGreaterThan(NUM_RUNS);
  });
});
