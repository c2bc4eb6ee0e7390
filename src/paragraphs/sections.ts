/**
 * Where a very long paragraph may be cut into sections that are read one after another, each
 * giving exactly what it gives as part of the whole paragraph, so that memory holds one section's
 * tokens, tree and records instead of the paragraph's (a draft of a hundred thousand lines with no
 * label the lexer takes is one paragraph).
 *
 * A cut falls before a line that starts with prose (after strike marks or emphasis at most), right after a bracket of codes alone
 * (`[FRA, BEL]`, which always yields a mention and so ends any label), with every bracket closed,
 * outside struck text, with no code or colon outside brackets since the last `;` there, and once
 * the paragraph's opening prose (the excerpt of annotations with no prose before them) is known.
 * Then nothing read in one section looks into another: labels start after the bracket, excerpts
 * and the look-back for struck text stop at it or at the prose, and strike marks pair up within
 * each section.
 */
import type { IToken } from 'chevrotain';
import { isCloser, isOpener, MAX_NESTING, tokens as T } from '../../grammar/index.js';
import { isEmphasis } from './markup.js';

/** A paragraph is cut only once its section holds this many tokens (a little more than 100 KB of draft). */
export const SECTION_TOKENS = 1 << 14;

/** The opening excerpt is known once this many characters of opening prose are read (ParagraphTokens.openingExcerpt). */
const OPENING_ENOUGH = 160;

const WORD = /[\p{L}\p{N}]/u;

/** Whether a code-shaped word is a known code (chunk-kinds.ts's IsCode; not imported, which would make an import circle). */
type IsCode = (raw: string) => boolean;

export class SectionCuts {
  private open = 0;
  private tooDeep = false;
  private struck = false;
  /** A code or a colon outside brackets since the last `;` there. */
  private attributed = false;
  /** The group being read (one level deep) holds only codes and commas, one of them known. */
  private bare = false;
  private known = false;
  private endsInBareGroup = false;
  private opening = 0;
  private openingEnd = -1;

  /** `startLine`: the paragraph's own first line (headings before it hold no opening prose). */
  constructor(private readonly isCode: IsCode, private readonly startLine: number) {}

  add(tokens: readonly IToken[]): void {
    for (const token of tokens) this.addOne(token);
  }

  /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
  canCutBefore(line: readonly IToken[]): boolean {
    if (!(this.open === 0 && !this.tooDeep && !this.struck && !this.attributed && this.endsInBareGroup && this.opening > OPENING_ENOUGH)) return false;
    // Prose first, after strike marks or emphasis at most (`~~Text~~ [FRA]`, `**Text**`).
    const first = line.find((token) => token.tokenType !== T.Strike && !isEmphasis(token));
    return first?.tokenType === T.Text && WORD.test(first.image) && first.startLine === line[0]!.startLine;
  }

  private addOne(token: IToken): void {
    const type = token.tokenType;
    this.readOpening(token);
    if (type === T.Strike) this.struck = !this.struck;
    if (isOpener(token)) {
      if (++this.open > MAX_NESTING) this.tooDeep = true;
      if (this.open === 1) [this.bare, this.known] = [type === T.LBracket, false];
      else this.bare = false;
      this.endsInBareGroup = false;
      return;
    }
    if (isCloser(token)) {
      this.endsInBareGroup = this.open === 1 && this.bare && this.known && type === T.RBracket;
      if (this.open > 0) this.open--;
      return;
    }
    this.endsInBareGroup = false;
    if (this.open === 1) {
      if (type === T.Code) this.known ||= this.isCode(token.image);
      else if (type !== T.Comma) this.bare = false;
    } else if (this.open === 0) {
      if (type === T.Semicolon) this.attributed = false;
      else if (type === T.Code || type === T.Colon) this.attributed = true;
    }
  }

  /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
  private readOpening(token: IToken): void {
    const type = token.tokenType;
    if (this.opening > OPENING_ENOUGH || (token.startLine ?? 0) < this.startLine || this.open > 0) return;
    if (type !== T.Text && type !== T.Comma && type !== T.Dot && type !== T.SupportedBy) return;
    this.opening += (this.openingEnd >= 0 && token.startOffset > this.openingEnd + 1 ? 1 : 0) + token.image.length;
    this.openingEnd = token.startOffset + token.image.length - 1;
  }
}
