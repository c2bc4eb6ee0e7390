/**
 * What a chunk's tokens say it is, before it is placed (assemble.ts): a heading, a note, a
 * continuation, or a label still waiting for its text. Brackets are paired as the parser pairs
 * them (readBrackets). The chunk is not parsed, so what is an annotation (the records stage
 * decides that, segments.ts) is not asked here: only whether a `;` segment has the *shape* of
 * one, `label: CODES` or `CODES`, in the two forms the heading and note tests use.
 */
import type { IToken } from 'chevrotain';
import { isCloser, isOpener, readBrackets, tokens as T } from '../../grammar/index.js';
import type { Chunk } from './chunks.js';
import { isEmphasis } from './markup.js';
import { LOOK_AHEAD_TOKENS } from './sections.js';

export type IsCode = (raw: string) => boolean;

/** A note holds at most this many words of prose outside its annotations. */
const NOTE_MAX_WORDS = 4;

/**
 * Whether a chunk is longer than a heading or a note can be: more than LOOK_AHEAD_TOKENS tokens
 * (about 100 KB of draft), or the first pieces of such a chunk (that many, and more to come). So a
 * long block is placed from its first pieces and read as it comes, never held whole to be placed.
 */
const tooLongForHeadingOrNote = (chunk: Chunk): boolean =>
  chunk.tokens.length > LOOK_AHEAD_TOKENS || (chunk.more === true && chunk.tokens.length >= LOOK_AHEAD_TOKENS);

const isKnownCode = (token: IToken | undefined, isCode: IsCode): boolean =>
  token !== undefined && token.tokenType === T.Code && isCode(token.image);

/** The runs of `tokens` between `;` outside brackets, each token kept or not by `keep` (given its bracket depth). */
function topLevelSegments(tokens: readonly IToken[], keep: (token: IToken, depth: number) => boolean): IToken[][] {
  const segments: IToken[][] = [[]];
  readBrackets(tokens, (token, _, depth) => {
    if (depth === 0 && token.tokenType === T.Semicolon) segments.push([]);
    else if (keep(token, depth)) segments[segments.length - 1].push(token);
  });
  return segments;
}

/**
 * `Placement could be discussed later: RUS, BRA, IRN`: a segment ending (before any dots) in a
 * run of codes, commas and dots that a colon opens, its last code known.
 */
function endsInLabelledCodes(segment: IToken[], isCode: IsCode): boolean {
  let i = segment.length - 1;
  while (i >= 0 && segment[i].tokenType === T.Dot) i--;
  if (!isKnownCode(segment[i], isCode)) return false;
  while (i >= 0 && (segment[i].tokenType === T.Code || segment[i].tokenType === T.Comma || segment[i].tokenType === T.Dot)) i--;
  return i >= 0 && segment[i].tokenType === T.Colon;
}

/**
 * A segment of a bracket's content in the shape of codes and their label, with no prose after:
 * it ends in a known code, and has a colon (`delete: RUS`) or is a bare code list (`FRA, BEL`).
 */
function isCodesShaped(segment: IToken[], isCode: IsCode): boolean {
  if (!isKnownCode(segment[segment.length - 1], isCode)) return false;
  return segment.some((t) => t.tokenType === T.Colon) || segment.every((t) => t.tokenType === T.Code || t.tokenType === T.Comma);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of the tokens' images (known codes are no words), counted up to `limit`: callers only compare with a small number. */
function countWords(tokens: IToken[], isCode: IsCode, limit: number): number {
  let words = 0;
  for (const token of tokens) {
    if (isKnownCode(token, isCode)) continue;
    WORD.lastIndex = 0;
    while (words < limit && WORD.test(token.image)) words++;
    if (words >= limit) break;
  }
  return words;
}

/** Prose words (up to `limit`) outside brackets and outside unbracketed attributions. */
function proseWords(tokens: IToken[], isCode: IsCode, limit: number): number {
  let words = 0;
  const outside = topLevelSegments(tokens, (token, level) => level === 0 && !isOpener(token) && !isCloser(token));
  for (const segment of outside) {
    if (words >= limit) break;
    if (!endsInLabelledCodes(segment, isCode)) words += countWords(segment, isCode, limit - words);
  }
  return words;
}

/** A title: wholly emphasised or a Markdown heading, or wholly in brackets with prose in them. */
const EMPHASISED = /^\*+[^*]+\*+$/;

export function isHeading(chunk: Chunk, isCode: IsCode): boolean {
  if (tooLongForHeadingOrNote(chunk)) return false;
  const raw = chunk.raw.trim();
  if (/^#{1,6}\s/.test(raw)) return true;
  // Most chunks start with prose: not wholly bracketed, so not annotations alone either.
  if (chunk.tokens.find((t) => !isEmphasis(t))?.tokenType !== T.LBracket) return EMPHASISED.test(raw);
  // Emphasis is ignored for meaning: `*[FRA; delete: RUS]*` is a note like `[FRA; delete: RUS]`.
  const tokens = chunk.tokens.filter((t) => !isEmphasis(t));
  const codesOnly = isWhollyBracketed(tokens) && isCodesOnly(tokens, isCode);
  if (EMPHASISED.test(raw)) return !codesOnly;
  return isWhollyBracketed(tokens) && !codesOnly;
}

/** Whether a chunk whose first piece is `piece` may still be a note (isNote reads the whole chunk): not once it is too long for one. */
export const mayBeNote = (piece: Chunk): boolean => !tooLongForHeadingOrNote(piece);

/**
 * Whether a chunk whose first part is `piece` may still be a heading, which isHeading can tell
 * only from the whole chunk (its last token, its last character): false once the piece rules it
 * out, as a chunk that starts `~~Text~~ [FRA]` or `**Text** [FRA]` and goes on does.
 */
export function mayBeHeading(piece: Chunk): boolean {
  if (tooLongForHeadingOrNote(piece)) return false;
  const raw = piece.raw.trimStart();
  if (/^#{1,6}\s/.test(raw)) return true;
  // EMPHASISED: stars, no star, stars to the end; a character after a second run of stars rules it out.
  if (/^\*/.test(raw) && !/^\*+[^*]+\*+[^*]/.test(raw)) return true;
  const tokens = piece.tokens.filter((t) => !isEmphasis(t));
  if (tokens[0]?.tokenType !== T.LBracket) return false;
  // Wholly bracketed only if the first `[` closes at the chunk's last token.
  const closer = closerOfFirst(tokens);
  return closer < 0 || closer === tokens.length - 1;
}

/** The first token opens a `[` that the last token closes. */
function isWhollyBracketed(tokens: IToken[]): boolean {
  const last = tokens.length - 1;
  if (tokens[0]?.tokenType !== T.LBracket || tokens[last].tokenType !== T.RBracket) return false;
  return closerOfFirst(tokens) === last;
}

/** The index of the token that closes the bracket the first token opens; -1 when none does. */
function closerOfFirst(tokens: readonly IToken[]): number {
  let closer = -1;
  readBrackets(tokens, (_, i, __, opener) => {
    if (opener === 0) closer = i;
  });
  return closer;
}

/** Every `;` segment of a wholly bracketed run's content has the shape of codes and their label. */
function isCodesOnly(tokens: IToken[], isCode: IsCode): boolean {
  const content = tokens.slice(1, -1);
  return topLevelSegments(content, () => true).every((segment) => isCodesShaped(segment, isCode));
}

/** A continuation: its first character (after emphasis and heading marks) is no upper-case letter and no digit. */
export function startsLowerOrPunctuation(chunk: Chunk): boolean {
  const first = chunk.raw.trim().replace(/^[*#_]+\s*/, '').charAt(0);
  return first !== '' && !/[\p{Lu}\p{Lt}\p{N}]/u.test(first);
}

/** A note such as `(retain original:IRN)`: known codes, and at most NOTE_MAX_WORDS words of prose. */
export function isNote(chunk: Chunk, isCode: IsCode): boolean {
  if (tooLongForHeadingOrNote(chunk)) return false;
  return chunk.tokens.some((t) => isKnownCode(t, isCode)) && proseWords(chunk.tokens, isCode, NOTE_MAX_WORDS + 1) <= NOTE_MAX_WORDS;
}

/** A label whose chunk holds no prose (`OPI ALT[GTM, supported by THA]`) takes the next block as its text. */
export function hasNoProse(chunk: Chunk, isCode: IsCode): boolean {
  return proseWords(chunk.tokens.slice(1), isCode, 1) === 0;
}

/**
 * hasNoProse read a token at a time, for a chunk given out in pieces (chunksOf): the same segments
 * (`;` outside brackets), the same words, the same exception for a segment that ends in codes a
 * colon opens. Fed the chunk's tokens after its label.
 */
export class ProseWatch {
  private open = 0;
  private prose = false;
  /** The segment so far has a word outside brackets (known codes are no words). */
  private words = false;
  /** Since the segment's last colon there were only codes, commas and dots. */
  private afterColon = false;
  /** The last of them, dots aside, is a known code. */
  private endsInKnownCode = false;

  constructor(private readonly isCode: IsCode) {}

  add(tokens: readonly IToken[]): void {
    for (const token of tokens) this.addOne(token);
  }

  noProse(): boolean {
    return !this.prose && !this.segmentHasProse();
  }

  private segmentHasProse(): boolean {
    return this.words && !(this.afterColon && this.endsInKnownCode);
  }

  private addOne(token: IToken): void {
    if (isOpener(token)) return void this.open++;
    if (isCloser(token)) return void (this.open > 0 && this.open--);
    if (this.open > 0) return;
    const type = token.tokenType;
    if (type === T.Semicolon) {
      this.prose ||= this.segmentHasProse();
      this.words = this.afterColon = this.endsInKnownCode = false;
      return;
    }
    const knownCode = isKnownCode(token, this.isCode);
    if (!knownCode && !this.words) {
      WORD.lastIndex = 0;
      this.words = WORD.test(token.image);
    }
    if (type === T.Colon) {
      this.afterColon = true;
      this.endsInKnownCode = false;
    } else if (type === T.Code) this.endsInKnownCode = knownCode;
    else if (type === T.Comma) this.endsInKnownCode = false;
    else if (type !== T.Dot) this.afterColon = this.endsInKnownCode = false;
  }
}
