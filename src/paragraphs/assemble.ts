/**
 * From chunks to paragraphs (NOTATION.md, "Paragraphs and their IDs"). A chunk is a new
 * labelled paragraph, or else, in this order: a heading (its tokens go to the next
 * paragraph), a note or a continuation (both go to the previous paragraph), or an
 * unlabelled paragraph (`PPn` inside a preamble, `L<line>` elsewhere).
 */
import type { IToken } from 'chevrotain';
import { tokens as T } from '../../grammar/index.js';
import type { Paragraph, ParagraphKind } from '../types.js';
import type { Chunk } from './chunks.js';
import { isNumberedLabel, paragraphIdOf } from './ids.js';
import { appendAll } from '../util/arrays.js';
import { stripMarkup } from '../util/text.js';
import { CHAPEAU } from './chapeau.js';

/** A paragraph as assembled, before it is parsed: the public Paragraph's fields plus its tokens. */
export interface DraftParagraph extends Omit<Paragraph, 'file' | 'text'> {
  /** Tokens of the paragraph, its notes and continuations, and the headings before it. */
  tokens: IToken[];
}

/** A note holds at most this many words of prose outside its annotations. */
const NOTE_MAX_WORDS = 4;

const DECLARE = /^Declare the following/;

const isOpen = (t: IToken) => t.tokenType === T.LBracket || t.tokenType === T.LParen;
const isClose = (t: IToken) => t.tokenType === T.RBracket || t.tokenType === T.RParen;

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of the tokens' images, counted up to `limit` (the callers only compare with a small number). */
function countWords(tokens: IToken[], isCode: (raw: string) => boolean, limit: number): number {
  let words = 0;
  for (const token of tokens) {
    if (token.tokenType === T.Code && isCode(token.image)) continue;
    WORD.lastIndex = 0;
    while (words < limit && WORD.test(token.image)) words++;
    if (words >= limit) break;
  }
  return words;
}

/**
 * Prose words (up to `limit`) outside brackets and outside unbracketed `label: codes`
 * segments (a `;` segment that ends in codes after a colon).
 */
function proseWords(tokens: IToken[], isCode: (raw: string) => boolean, limit: number): number {
  let depth = 0;
  let words = 0;
  let segment: IToken[] = [];
  const endSegment = () => {
    if (words < limit && !endsInAttribution(segment, isCode)) words += countWords(segment, isCode, limit - words);
    segment = [];
  };
  for (const token of tokens) {
    if (isOpen(token)) depth++;
    else if (isClose(token)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && token.tokenType === T.Semicolon) endSegment();
    else if (depth === 0) segment.push(token);
  }
  endSegment();
  return words;
}

/** Whether the chunk names a known delegation. */
const hasCodes = (tokens: IToken[], isCode: (raw: string) => boolean): boolean =>
  tokens.some((t) => t.tokenType === T.Code && isCode(t.image));

/** `Placement could be discussed later: RUS, BRA, IRN`: known codes after a colon end the segment. */
function endsInAttribution(segment: IToken[], isCode: (raw: string) => boolean): boolean {
  let i = segment.length - 1;
  while (i >= 0 && segment[i].tokenType === T.Dot) i--;
  if (i < 0 || segment[i].tokenType !== T.Code || !isCode(segment[i].image)) return false;
  while (i >= 0 && (segment[i].tokenType === T.Code || segment[i].tokenType === T.Comma || segment[i].tokenType === T.Dot)) i--;
  return i >= 0 && segment[i].tokenType === T.Colon;
}

/** A title: wholly emphasised or a Markdown heading, or wholly in brackets with prose in them. */
const EMPHASIS = /^[*\s]+$/;
const isEmphasis = (t: IToken) => t.tokenType === T.Text && EMPHASIS.test(t.image);
const EMPHASISED = /^\*+[^*]+\*+$/;

function isHeading(chunk: Chunk, isCode: (raw: string) => boolean): boolean {
  const raw = chunk.raw.trim();
  if (/^#{1,6}\s/.test(raw)) return true;
  // Most chunks start with prose: not wholly bracketed, so not annotations alone either.
  if (chunk.tokens.find((t) => !isEmphasis(t))?.tokenType !== T.LBracket) return EMPHASISED.test(raw);
  // Emphasis is ignored for meaning: `*[FRA; delete: RUS]*` is a note like `[FRA; delete: RUS]`.
  const tokens = chunk.tokens.filter((t) => !isEmphasis(t));
  const annotationsOnly = isWhollyBracketed(tokens) && isAnnotationOnly(tokens.slice(1, -1), isCode);
  if (EMPHASISED.test(raw)) return !annotationsOnly;
  return isWhollyBracketed(tokens) && !annotationsOnly;
}

/** The first token opens a `[` that the last token closes. */
function isWhollyBracketed(tokens: IToken[]): boolean {
  if (tokens[0]?.tokenType !== T.LBracket || tokens[tokens.length - 1].tokenType !== T.RBracket) return false;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isOpen(tokens[i])) depth++;
    else if (isClose(tokens[i]) && --depth === 0) return i === tokens.length - 1;
  }
  return false;
}

/** Every `;` segment of a bracket's content ends in `: codes` or is a bare code list. */
function isAnnotationOnly(tokens: IToken[], isCode: (raw: string) => boolean): boolean {
  const segments: IToken[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (isOpen(token)) depth++;
    if (isClose(token)) depth--;
    if (depth === 0 && token.tokenType === T.Semicolon) segments.push([]);
    else segments[segments.length - 1].push(token);
  }
  return segments.every((segment) => {
    const last = segment[segment.length - 1];
    if (!last || last.tokenType !== T.Code || !isCode(last.image)) return false;
    return segment.some((t) => t.tokenType === T.Colon) || segment.every((t) => t.tokenType === T.Code || t.tokenType === T.Comma);
  });
}

function startsLowerOrPunctuation(chunk: Chunk): boolean {
  const first = chunk.raw.trim().replace(/^[*#_]+\s*/, '').charAt(0);
  return first !== '' && !/[\p{Lu}\p{Lt}\p{N}]/u.test(first);
}

/** A note such as `(retain original:IRN)`: codes, and at most NOTE_MAX_WORDS words of prose. */
function isNote(chunk: Chunk, isCode: (raw: string) => boolean): boolean {
  return hasCodes(chunk.tokens, isCode) && proseWords(chunk.tokens, isCode, NOTE_MAX_WORDS + 1) <= NOTE_MAX_WORDS;
}

/** A label whose chunk holds no prose (`OPI ALT[GTM, supported by THA]`) takes the next block as its text. */
function hasNoProse(chunk: Chunk, isCode: (raw: string) => boolean): boolean {
  return proseWords(chunk.tokens.slice(1), isCode, 1) === 0;
}

/**
 * The paragraphs of a file's chunks, each given out once the next one opens (a note or a
 * continuation may still join it until then). `fileHasChapeau` (chapeau.ts): whether a numbered
 * point before any draft is an operative paragraph depends on whether a chapeau comes later.
 */
export function* assembleParagraphs(
  chunks: Iterable<Chunk>, isCode: (raw: string) => boolean, fileHasChapeau: boolean,
): Generator<DraftParagraph> {
  /** The paragraph open now: a note or a continuation may still join it. */
  let last: DraftParagraph | null = null;
  const seen = new Map<string, number>();
  let draftStarted = false;
  let inPreamble = false;
  let preambleCount = 0;
  let pendingHeading: IToken[] = [];
  let afterHeading = false;
  let awaitingText = false;

  /** A new paragraph made of `chunk` and the headings before it. */
  const paragraphOf = (chunk: Chunk, kind: ParagraphKind, baseId: string, label: string | null): DraftParagraph => {
    const count = (seen.get(baseId) ?? 0) + 1;
    seen.set(baseId, count);
    const tokens = pendingHeading.concat(chunk.tokens);
    pendingHeading = [];
    afterHeading = false;
    return {
      id: count > 1 ? `${baseId}#${count}` : baseId, baseId, kind, label,
      startLine: chunk.startLine, endLine: chunk.endLine, tokens,
    };
  };
  const append = (paragraph: DraftParagraph, chunk: Chunk) => {
    appendAll(paragraph.tokens, chunk.tokens);
    paragraph.endLine = chunk.endLine;
  };

  for (const chunk of chunks) {
    let opened: DraftParagraph | null = null;
    if (chunk.labelled) {
      const label = chunk.tokens[0].image;
      const numbered = isNumberedLabel(label);
      if (numbered && !(draftStarted || !fileHasChapeau)) {
        // Numbered points of a cover note before any draft are not operative paragraphs.
        opened = paragraphOf(chunk, 'unlabelled', `L${chunk.startLine}`, null);
      } else {
        opened = paragraphOf(chunk, numbered ? 'numbered' : 'labelled', paragraphIdOf(label), label.trim());
        inPreamble = inPreamble && !numbered;
      }
      awaitingText = hasNoProse(chunk, isCode);
    } else {
      const plain = stripMarkup(chunk.raw);
      if (CHAPEAU.test(plain) || DECLARE.test(plain)) {
        inPreamble = CHAPEAU.test(plain);
        if (inPreamble) preambleCount = 0;
        draftStarted = true;
        appendAll(pendingHeading, chunk.tokens);
        afterHeading = true;
      } else if (isHeading(chunk, isCode)) {
        appendAll(pendingHeading, chunk.tokens);
        afterHeading = true;
      } else if (last && awaitingText && !afterHeading) {
        append(last, chunk);
        awaitingText = false;
      } else {
        awaitingText = false;
        if (last && !afterHeading && (isNote(chunk, isCode) || chunk.afterPageBreak || startsLowerOrPunctuation(chunk))) append(last, chunk);
        else if (inPreamble) opened = paragraphOf(chunk, 'preamble', `PP${++preambleCount}`, null);
        else opened = paragraphOf(chunk, 'unlabelled', `L${chunk.startLine}`, null);
      }
    }
    if (opened) {
      // A new paragraph completes the one before it: nothing more can join that one.
      if (last) yield last;
      last = opened;
    }
  }
  if (pendingHeading.some((t) => t.tokenType === T.Code && isCode(t.image))) {
    // A heading at the very end has no paragraph to go to: keep its annotations in one of its own.
    const line = pendingHeading[0].startLine ?? 1;
    if (last) yield last;
    last = paragraphOf({ tokens: [], startLine: line, endLine: line, raw: '', afterPageBreak: false, labelled: false }, 'unlabelled', `L${line}`, null);
  }
  if (last) yield last;
}
