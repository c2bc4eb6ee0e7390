/**
 * The library API: `parseDraft(text, options)` runs the whole pipeline on one file:
 * lex -> paragraphs -> parse -> records; `readDraft` runs it one paragraph at a time. The CLI is
 * a thin layer over them.
 */
import { lexInParts, limitNesting, MAX_NESTING, parseParagraph, tokens as T } from '../grammar/index.js';
import { normaliseText } from './io/decode.js';
import { chunksOf } from './model/blocks.js';
import { assembleParagraphs, hasChapeau, type DraftParagraph } from './model/paragraphs.js';
import { loadCodeTable, type CodeTable } from './records/codes.js';
import { extractParagraph, type ExtractContext } from './records/extract.js';
import { cleanText, ParagraphView } from './records/paragraph-view.js';
import { loadVocabulary, type Vocabulary } from './records/vocabulary.js';
import type { Paragraph, ParseResult } from './types.js';
import { appendAll } from './util/arrays.js';

export interface ParseOptions {
  /** The name records carry in their `file` column (`-` for standard input). */
  file?: string;
  /** Code table; defaults to the shipped aliases and groups. */
  codes?: CodeTable;
  /** Stance vocabulary; defaults to the shipped one. */
  vocabulary?: Vocabulary;
  /** Lines where the decoder replaced invalid bytes (from decodeDraft): reported as `invalid-encoding`. */
  invalidLines?: readonly number[];
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
   * out holds one paragraph's records at a time. Paragraphs follow one another in the text,
   * so their records and annotations, concatenated, are sorted by position too. One pass only:
   * a second iteration yields nothing (call readDraft again).
   */
  paragraphs: IterableIterator<ParagraphResult>;
  /**
   * All of the file's diagnostics in position order: the paragraphs' and the file's own (bytes the
   * decoder replaced). Known only once `paragraphs` has been read to its end; asked for earlier,
   * it throws rather than give part of them.
   */
  diagnostics(): ParseResult['diagnostics'];
}

/** Orders records, annotations and diagnostics by line, then column. */
export const byPosition = (a: { line: number; column: number }, b: { line: number; column: number }): number =>
  a.line - b.line || a.column - b.column;

/** The whole pipeline on one file, all of its results at once. */
export function parseDraft(input: string, options: ParseOptions = {}): ParseResult {
  const reading = readDraft(input, options);
  const result: Omit<ParseResult, 'diagnostics'> = { paragraphs: [], annotations: [], records: [] };
  for (const part of reading.paragraphs) {
    result.paragraphs.push(part.paragraph);
    appendAll(result.annotations, part.annotations);
    appendAll(result.records, part.records);
  }
  return { ...result, diagnostics: reading.diagnostics() };
}

/** The pipeline on one file, paragraph by paragraph: what parseDraft returns, in parts. */
export function readDraft(input: string, options: ParseOptions = {}): DraftReading {
  const file = options.file ?? '-';
  const codes = options.codes ?? loadCodeTable();
  const vocabulary = options.vocabulary ?? loadVocabulary();
  const stanceWords = new Set(vocabulary.keywords());
  const text = normaliseText(input);
  const isCode = (raw: string) => codes.lookup(raw) !== null;
  // Lexed a part at a time as the paragraphs are asked for: only the tokens of the paragraph being
  // assembled, and of the part being read, are alive at once. Whether the file has a chapeau is
  // found first, by a pass that keeps nothing (when the chapeau's words open a line).
  const chunks = () => chunksOf(text, lexInParts(text));
  const draftParagraphs = assembleParagraphs(chunks(), isCode, hasChapeau(text, chunks));

  const diagnostics: ParseResult['diagnostics'] = [];
  const invalidLines = options.invalidLines ?? [];
  // Split once: once per invalid line made a file with many of them quadratic.
  const lines = invalidLines.length > 0 ? text.split('\n') : [];
  for (const line of invalidLines) {
    diagnostics.push({
      file, line, column: Math.max(1, [...lines[line - 1] ?? ''].indexOf('\uFFFD') + 1), severity: 'warning',
      rule: 'invalid-encoding', message: 'invalid bytes for the encoding (UTF-8 or UTF-16), replaced by U+FFFD',
    });
  }
  let complete = false;
  function* paragraphs(): Generator<ParagraphResult> {
    for (const draft of draftParagraphs) {
      const part = readParagraph(file, text, draft, { codes, vocabulary, stanceWords });
      appendAll(diagnostics, part.diagnostics);
      yield part;
    }
    diagnostics.sort(byPosition);
    complete = true;
  }
  return {
    paragraphs: paragraphs(),
    diagnostics: () => {
      if (!complete) throw new Error(`${file}: diagnostics asked for before the last paragraph was read`);
      return diagnostics;
    },
  };
}

function readParagraph(
  file: string, text: string, draft: DraftParagraph, rules: Pick<ExtractContext, 'codes' | 'vocabulary' | 'stanceWords'>,
): ParagraphResult {
  const paragraph = toParagraph(file, text, draft);
  const part: ParagraphResult = { paragraph, annotations: [], records: [], diagnostics: [] };
  const paragraphTokens = draft.tokens;
  // Prose with no code, bracket or strike can yield neither a record nor a diagnostic.
  if (!paragraphTokens.some((t) => NEEDS_PARSE.has(t.tokenType))) return part;
  const { tokens: limited, tooDeep } = limitNesting(paragraphTokens);
  if (tooDeep) {
    part.diagnostics.push({
      file, line: tooDeep.startLine ?? 1, column: tooDeep.startColumn ?? 1, severity: 'error', rule: 'nesting-too-deep',
      message: `brackets nested more than ${MAX_NESTING} deep: the deeper ones are read as text`,
    });
  }
  const ast = parseParagraph(limited);
  const view = new ParagraphView(text, limited, ast, draft.startLine);
  const extracted = extractParagraph(ast.children, { file, paragraph: draft.id, view, ...rules });
  part.annotations = extracted.annotations.sort(byPosition);
  part.records = extracted.records.sort(byPosition);
  appendAll(part.diagnostics, extracted.diagnostics);
  part.diagnostics.sort(byPosition);
  return part;
}

/**
 * The paragraph's text is cleaned when first read: most uses (records, matrices, `check`)
 * never read it. Its own tokens are those from its start line on (headings come first).
 */
function toParagraph(file: string, text: string, draft: DraftParagraph): Paragraph {
  const { tokens, startLine } = draft;
  let first = 0;
  while (first < tokens.length && (tokens[first].startLine ?? 0) < startLine) first++;
  let last = tokens.length - 1;
  while (last >= first && (tokens[last].startLine ?? 0) < startLine) last--;
  const from = first <= last ? tokens[first].startOffset : 0;
  const to = first <= last ? tokens[last].startOffset + tokens[last].image.length : 0;
  let cleaned: string | undefined;
  return {
    file, id: draft.id, baseId: draft.baseId, kind: draft.kind, label: draft.label,
    startLine, endLine: draft.endLine,
    get text(): string {
      return (cleaned ??= cleanText(text.slice(from, to)));
    },
    set text(value: string) {
      cleaned = value;
    },
  };
}
