/**
 * The library API: `parseDraft(text, options)` runs the whole pipeline on one file:
 * lex -> paragraphs -> parse -> records; `readDraft` runs it one paragraph at a time. The CLI is
 * a thin layer over them.
 */
import type { IToken } from 'chevrotain';
import { lexInParts, limitNesting, MAX_NESTING, parseParagraph, tokens as T } from '../grammar/index.js';
import { normaliseText, type DecodedDraft } from './decode/decode-draft.js';
import { FoldedText, tokenEnd } from './decode/fold.js';
import { chunksOf } from './paragraphs/chunks.js';
import { assembleParagraphs, type DraftParagraph } from './paragraphs/assemble.js';
import { hasChapeau } from './paragraphs/chapeau.js';
import { isLongOpener, LOOK_AHEAD_TOKENS, SECTION_TOKENS } from './paragraphs/sections.js';
import { loadCodeTable, type CodeTable } from './records/codes.js';
import { extractParagraph, type ExtractContext } from './records/extract.js';
import { recordsOf } from './records/annotations.js';
import { ParagraphTokens, type SectionCarry } from './records/paragraph-tokens.js';
import { loadVocabulary, type Vocabulary } from './records/vocabulary.js';
import { extractOpening } from './records/opening.js';
import { assembleArticles } from './paragraphs/articles.js';
import { profileCodes } from './profiles/codes.js';
import { articlePattern, lexingRulesOf, numberedAfterOf } from './profiles/labels.js';
import { layoutOf } from './profiles/layout.js';
import type { NotationProfile } from './profiles/profile.js';
import { KYOTO_PROFILE } from './profiles/shipped.js';
import { lazyDiagnostic, placeOf } from './records/diagnostics.js';
import { CLOSER_OF } from './records/bracket-faults.js';
import { characterFindings } from './records/character-findings.js';
import { readFoldedCodes } from './records/folded-codes.js';
import type { Diagnostic, Paragraph, ParseResult } from './types.js';
import { appendAll } from './util/arrays.js';
import { cleanText } from './util/text.js';

/** How parseDraft, readDraft and checkDraft read a draft: the name its records carry, and the tables for codes and stances. */
export interface ParseOptions {
  /** The name records carry in their `file` column (`-` for standard input). */
  file?: string;
  /** Code table; defaults to the shipped aliases and groups. */
  codes?: CodeTable;
  /** Stance vocabulary; defaults to the shipped one. */
  vocabulary?: Vocabulary;
  /**
   * Lines where the decoder replaced invalid bytes, reported as `invalid-encoding`: a
   * DecodedDraft's own by default.
   */
  invalidLines?: readonly number[];
  /** The notation the draft is written in (detectNotation, shippedProfile, or a user's); default: the Kyoto notation. */
  notation?: NotationProfile;
}

const NEEDS_PARSE = new Set([T.Code, T.LBracket, T.LParen, T.RBracket, T.RParen, T.Strike]);

/** One paragraph as read: the paragraph, and its annotations, records and diagnostics, each sorted by position. */
export interface ParagraphResult {
  paragraph: Paragraph;
  annotations: ParseResult['annotations'];
  records: ParseResult['records'];
  diagnostics: ParseResult['diagnostics'];
}

/** A draft read one paragraph at a time (readDraft). */
export interface DraftReading {
  /**
   * The paragraphs in order, each read when it is reached, so a caller that writes each one
   * out holds one paragraph's records at a time. Where paragraphs follow one another in the
   * text (inTextOrder), their records and annotations, concatenated, are sorted by position too. One pass only:
   * a second iteration yields nothing (call readDraft again).
   */
  paragraphs: IterableIterator<ParagraphResult>;
  /**
   * The file's diagnostics found so far, in position order: its own (bytes the decoder replaced)
   * and those of the paragraphs read. Once `paragraphs` has been read to its end, all of them
   * (isComplete() says whether it has). A plain function: it may be passed on unbound.
   */
  diagnostics(): ParseResult['diagnostics'];
  /** Whether `paragraphs` has been read to its end, so that diagnostics() holds them all. */
  isComplete(): boolean;
  /**
   * Whether the paragraphs come in the text's order, as they do in the Kyoto notation; a
   * profile's page layout reads a page-foot footnote with the paragraph of its mark, earlier on.
   */
  inTextOrder: boolean;
}

/**
 * Orders records, annotations and diagnostics by line, then column.
 *
 * @example
 * ```ts
 * const everything = [...result.records, ...result.diagnostics].sort(byPosition);
 * ```
 */
export const byPosition = (a: { line: number; column: number }, b: { line: number; column: number }): number =>
  a.line - b.line || a.column - b.column;

/**
 * Reads one draft, the whole pipeline at once: its paragraphs, annotations, stance records and diagnostics.
 *
 * Only a string (or a DecodedDraft) is needed: no file is read, so it runs in a browser as in Node.
 *
 * @example
 * ```ts
 * const { records, diagnostics } = parseDraft('1. Strengthen cooperation [FRA,UK; delete:RUS]\n', { file: 'draft.txt' });
 * records.map((r) => `${r.country} ${r.stance}`); // ['FRA support', 'GBR support', 'RUS delete']
 * ```
 */
export function parseDraft(input: string | DecodedDraft, options: ParseOptions = {}): ParseResult {
  const reading = readDraft(input, options);
  const result: Omit<ParseResult, 'diagnostics'> = { paragraphs: [], annotations: [], records: [] };
  for (const part of reading.paragraphs) {
    result.paragraphs.push(part.paragraph);
    appendAll(result.annotations, part.annotations);
    appendAll(result.records, part.records);
  }
  return { ...result, diagnostics: reading.diagnostics() };
}

/**
 * Reads one draft paragraph by paragraph: what parseDraft returns, in parts, each read when it is reached.
 *
 * @example
 * ```ts
 * const reading = readDraft(text, { file: 'draft.txt' });
 * for (const { paragraph, records } of reading.paragraphs) console.log(paragraph.id, records.length);
 * console.log(reading.diagnostics().length);
 * ```
 */
export function readDraft(input: string | DecodedDraft, options: ParseOptions = {}): DraftReading {
  const reading = readSections(input, options);
  function* paragraphs(): Generator<ParagraphResult> {
    let whole: ParagraphResult | null = null;
    for (const { complete, ...section } of reading.sections) {
      if (!whole) whole = section;
      else {
        appendAll(whole.annotations, section.annotations);
        appendAll(whole.records, section.records);
        appendAll(whole.diagnostics, section.diagnostics);
      }
      if (complete) {
        yield whole;
        whole = null;
      }
    }
  }
  return { paragraphs: paragraphs(), diagnostics: reading.diagnostics, isComplete: reading.isComplete, inTextOrder: reading.inTextOrder };
}

/** A part of a paragraph as read: the whole paragraph, or one section of a very long one (src/paragraphs/sections.ts). */
export interface SectionResult extends ParagraphResult {
  /** The paragraph's last section: its paragraph's endLine and text are final. */
  complete: boolean;
}

/**
 * readDraft with a very long paragraph given out in sections, each with the paragraph (the same
 * object, final once `complete`) and its own annotations, records and diagnostics, so that a
 * caller that writes as it reads holds one section at a time. Concatenated, a paragraph's
 * sections give what readDraft gives for it. `sectionTokens`: the fewest tokens of a section
 * (the tests cut at every place allowed).
 */
export function readSections(
  input: string | DecodedDraft, options: ParseOptions = {}, sectionTokens = SECTION_TOKENS,
): Omit<DraftReading, 'paragraphs'> & { sections: IterableIterator<SectionResult> } {
  const file = options.file ?? '-';
  const codes = options.codes ?? loadCodeTable();
  const vocabulary = options.vocabulary ?? loadVocabulary();
  const stanceWords = new Set(vocabulary.keywords());
  const { text: written, invalidLines, likelyEncoding, encoding } = draftOf(input, options);
  const profile = options.notation ?? KYOTO_PROFILE;
  const lookup = profileCodes(profile, codes);
  // A profile's page layout blanks furniture and footnote numbers in place: lines and columns stay the file's.
  const layout = profile === KYOTO_PROFILE ? null : layoutOf(written, profile, Object.keys(profile.stanceWords));
  const text = layout?.text ?? written;
  const isCode = (raw: string) => lookup.lookup(raw) !== null;
  // Look-alike, invisible and compatibility characters read as meant (src/decode/fold.ts): the
  // stages up to the paragraphs read the folded text; each paragraph's tokens are then placed in
  // the text as written, which its text, excerpts and records are taken from. The fold keeps line
  // ends, so the layout's lines hold for the folded text too.
  const folded = FoldedText.of(text);
  // Lexed a part at a time as the paragraphs are asked for: only the tokens of the section being
  // assembled, and of the part being read, are alive at once.
  const article = articlePattern(profile);
  const parts = lexInParts(folded.text, undefined, lexingRulesOf(profile));
  const draftParagraphs = profile.paragraphs.scheme === 'articles' && article
    ? assembleArticles(chunksOf(folded.text, parts, { labelsOpenTheirLine: true, startsChunk: layout?.footnoteStarts, pieceTokens: Infinity }), article, layout, numberedAfterOf(profile))
    : assembleParagraphs(chunksOf(folded.text, parts, { startsChunk: layout?.footnoteStarts, pieceTokens: sectionTokens }), isCode, hasChapeau(folded.text),
      { tokens: sectionTokens, carriesLabels: profile.annotation === 'after' });

  // The file's own diagnostics come first, so that ties in position keep that order when sorted.
  const diagnostics = invalidEncoding(file, text, invalidLines, likelyEncoding, encoding);
  let complete = false;
  function* sections(): Generator<SectionResult> {
    let changesFrom = 0;
    let reader: ParagraphReader | null = null;
    for (const draft of draftParagraphs) {
      // Every change is looked at once, with the section whose tokens it comes before or among.
      let tokens = folded.remap(draft.tokens);
      const until = tokens.length > 0 ? tokenEnd(tokens[tokens.length - 1]) : changesFrom;
      const changes = folded.changeIndexes(changesFrom, until);
      changesFrom = Math.max(changesFrom, until);
      if (!draft.continued) reader = new ParagraphReader(file, text, draft, { codes: lookup, vocabulary, stanceWords }, profile);
      const { part, names } = reader!.read(draft);
      const findings = characterFindings(file, tokens, folded, changes);
      if (findings.length > 0) {
        appendAll(part.diagnostics, findings);
        part.diagnostics.sort(byPosition);
      }
      // The section's tokens go before its records are made: one group of many codes would
      // otherwise hold its tokens, mentions and records at once.
      draft.tokens = [];
      tokens = [];
      part.records = recordsOf({ annotations: part.annotations, names }).sort(byPosition);
      appendAll(diagnostics, part.diagnostics);
      yield { ...part, complete: draft.complete };
    }
    diagnostics.sort(byPosition);
    complete = true;
  }
  return {
    sections: sections(),
    diagnostics: () => (complete ? diagnostics : diagnostics.slice().sort(byPosition)),
    isComplete: () => complete,
    inTextOrder: layout === null,
  };
}

/** The text as every stage reads it: a DecodedDraft's as it is, a string's once normalised. */
function draftOf(input: string | DecodedDraft, options: ParseOptions): { text: string; invalidLines: readonly number[]; likelyEncoding?: string; encoding?: string } {
  if (typeof input === 'string') return { text: normaliseText(input), invalidLines: options.invalidLines ?? [] };
  return { text: input.text, invalidLines: options.invalidLines ?? input.invalidLines, likelyEncoding: input.likelyEncoding, encoding: input.encoding };
}

function invalidEncoding(file: string, text: string, invalidLines: readonly number[], likely?: string, encoding?: string): Diagnostic[] {
  if (invalidLines.length === 0) return [];
  // Split once for all of them: once per invalid line would be quadratic in a file of many.
  const lines = text.split('\n');
  return invalidLines.map((line) => {
    const column = Math.max(1, [...lines[line - 1] ?? ''].indexOf('\uFFFD') + 1);
    return lazyDiagnostic({ file, line, column }, 'warning', 'invalid-encoding',
      () => `invalid bytes for ${encoding ?? 'the encoding'}, replaced by U+FFFD${likely ? `; the file is most likely ${likely} (--encoding ${likely})` : ''}`);
  });
}

/** Reads one paragraph, section by section: what the sections share is kept here. */
class ParagraphReader {
  private readonly paragraph: Paragraph;
  private readonly range: { from: number; to: number };
  /** What the sections read so far leave to the next (sections.ts). */
  private carry: SectionCarry | undefined;
  private tooDeepSeen = false;

  constructor(
    private readonly file: string, private readonly text: string, first: DraftParagraph,
    private readonly rules: Pick<ExtractContext, 'codes' | 'vocabulary' | 'stanceWords'>,
    private readonly profile: NotationProfile,
  ) {
    this.range = ownRange(first);
    this.paragraph = toParagraph(file, text, first, this.range);
  }

  /** The section's paragraph, annotations and diagnostics (its records are made from them), and the names of the delegations mentioned. */
  read(draft: DraftParagraph): { part: ParagraphResult; names: Map<string, string> } {
    const { file, text, paragraph } = this;
    if (draft.continued) {
      const { to } = ownRange(draft);
      if (to > 0) this.range.to = to;
    }
    paragraph.endLine = draft.endLine;
    const part: ParagraphResult = { paragraph, annotations: [], records: [], diagnostics: [] };
    for (const token of draft.tokens) if (isLongOpener(token)) part.diagnostics.push(longOpenerDiagnostic(file, token));
    // Prose with no code, bracket or strike can yield neither a record nor a diagnostic; read, a
    // section leaves the next one the label that goes on (annotations after their text).
    const leavesLabel = !draft.complete && this.profile.annotation === 'after';
    if (!leavesLabel && !draft.tokens.some((t) => NEEDS_PARSE.has(t.tokenType))) {
      if (!draft.complete) this.carry = new ParagraphTokens(text, draft.tokens, paragraph.startLine, this.carry).sectionCarry();
      return { part, names: new Map() };
    }
    const folded = readFoldedCodes(file, text, draft.tokens, this.rules.codes);
    appendAll(part.diagnostics, folded.diagnostics);
    const { tokens: limited, tooDeep } = limitNesting(folded.tokens);
    if (tooDeep && !this.tooDeepSeen) {
      this.tooDeepSeen = true;
      part.diagnostics.push(lazyDiagnostic(placeOf(file, tooDeep), 'error', 'nesting-too-deep',
        () => `brackets nested more than ${MAX_NESTING} deep: the deeper ones are read as text`));
    }
    const ast = parseParagraph(limited);
    const paragraphTokens = new ParagraphTokens(text, limited, paragraph.startLine, this.carry);
    const context = { file, paragraph: draft.id, paragraphTokens, ...this.rules };
    const label = this.carry?.label;
    const after = this.profile.annotation === 'after'
      ? extractParagraph(label ? [{ kind: 'text', token: label.token }, ...ast.children] : ast.children, context) : null;
    const extracted = after ?? extractOpening(ast.children, { ...context, profile: this.profile, inFootnote: draft.kind === 'footnote' });
    if (!draft.complete) this.carry = paragraphTokens.sectionCarry(leavesLabel && after ? after.openLabel() : null);
    part.annotations = extracted.annotations.sort(byPosition);
    appendAll(part.diagnostics, extracted.diagnostics);
    part.diagnostics.sort(byPosition);
    return { part, names: extracted.names };
  }
}

/** A bracket not closed on its line and still open LOOK_AHEAD_TOKENS tokens on, read as text (sections.ts, asLongOpenerText). */
function longOpenerDiagnostic(file: string, opener: IToken): Diagnostic {
  const bracket = opener.image;
  return lazyDiagnostic(placeOf(file, opener), 'error', 'unclosed-group',
    () => `\`${bracket}\` is still open ${LOOK_AHEAD_TOKENS.toLocaleString('en')} tokens on (about 100 KB): read as text with the codes after it on its line, and what follows as outside it; add \`${CLOSER_OF[bracket]}\` where the annotation ends`);
}

/** Where a paragraph's own text starts and ends in the source: from its start line on (headings come first); 0, 0 for none. */
function ownRange({ tokens, startLine }: DraftParagraph): { from: number; to: number } {
  let first = 0;
  while (first < tokens.length && (tokens[first].startLine ?? 0) < startLine) first++;
  let last = tokens.length - 1;
  while (last >= first && (tokens[last].startLine ?? 0) < startLine) last--;
  const from = first <= last ? tokens[first].startOffset : 0;
  const to = first <= last ? tokenEnd(tokens[last]) : 0;
  return { from, to };
}

/** The paragraph's text is cleaned when first read: most uses (records, matrices, `check`) never read it. */
function toParagraph(file: string, text: string, draft: DraftParagraph, range: { from: number; to: number }): Paragraph {
  let cleaned: string | undefined;
  return {
    file, id: draft.id, baseId: draft.baseId, kind: draft.kind, label: draft.label,
    startLine: draft.startLine, endLine: draft.endLine,
    get text(): string {
      return (cleaned ??= cleanText(text.slice(range.from, range.to)));
    },
    set text(value: string) {
      cleaned = value;
    },
  };
}
