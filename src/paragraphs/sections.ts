/**
 * Where a very long paragraph may be cut into sections that are read one after another, each
 * giving exactly what it gives as part of the whole paragraph, so that memory holds one section's
 * tokens, tree and records instead of the paragraph's (a draft of a hundred thousand lines with no
 * label the lexer takes is one paragraph).
 *
 * A cut falls at a line start, with every bracket closed, outside struck text, once the
 * paragraph's opening prose (the excerpt of annotations with no prose before them) is known, and
 * either
 * - right after a `;` outside brackets, where a segment of unbracketed attributions ends, or
 * - right after a group that ends in known codes alone (`[FRA, BEL]`, `(delete: RUS)`, `[x; y: EGY]`),
 *   which always yields a mention and so ends any label, with no code or colon outside brackets
 *   since the last `;` there, before a line that starts with prose or a bracket (after strike
 *   marks or emphasis at most).
 *
 * Then segments and labels end at the cut, and strike marks pair up within each section. What
 * the stance rules look back at across it (whether the text an annotation is attached to is
 * struck, where its excerpt starts) is carried from section to section (ParagraphTokens'
 * SectionCarry).
 */
import type { IToken, TokenType } from 'chevrotain';
import { isCloser, isOpener, MAX_NESTING, tokens as T } from '../../grammar/index.js';
import { isEmphasis } from './markup.js';

/**
 * A paragraph is cut only once its section holds this many tokens (about 25 KB of draft): few
 * enough that a section's tokens, tree and records are gone before the collector moves them to
 * the heap's old space, where garbage waits longer.
 */
export const SECTION_TOKENS = 1 << 12;

/**
 * What is decided about a block or paragraph from its start is decided within this many tokens
 * (a little more than 100 KB of draft, docs/notation.md): a longer block is neither a heading nor
 * a note, and a paragraph's opening excerpt is read from its first this many tokens.
 */
export const LOOK_AHEAD_TOKENS = 1 << 14;

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
  /** The group being read (one level deep) holds only codes and commas since it opened or since its last `:` or `;`, one of them known. */
  private bare = false;
  private known = false;
  /** What closes the group being read (one level deep). */
  private closer: TokenType | null = null;
  private endsInBareGroup = false;
  private endsInSemicolon = false;
  private opening = 0;
  /** The paragraph's own tokens read so far (the headings before it are not its own). */
  private ownTokens = 0;
  private openingEnd = -1;

  /** `startLine`: the paragraph's own first line (headings before it hold no opening prose). */
  constructor(private readonly isCode: IsCode, private readonly startLine: number) {}

  add(tokens: readonly IToken[]): void {
    for (const token of tokens) this.addOne(token);
  }

  /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
  canCutBefore(line: readonly IToken[]): boolean {
    const openingKnown = this.opening > OPENING_ENOUGH || this.ownTokens >= LOOK_AHEAD_TOKENS;
    if (!(this.open === 0 && !this.tooDeep && !this.struck && openingKnown)) return false;
    if (this.endsInSemicolon) return true;
    if (this.attributed || !this.endsInBareGroup) return false;
    // Prose or a bracket first, after strike marks or emphasis at most (`~~Text~~ [FRA]`, `**Text**`,
    // `[BEL]`); codes first would be a segment's leading codes, which the whole paragraph does not have.
    const first = line.find((token) => token.tokenType !== T.Strike && !isEmphasis(token));
    if (first === undefined || first.startLine !== line[0]!.startLine) return false;
    return isOpener(first) || (first.tokenType === T.Text && WORD.test(first.image));
  }

  private addOne(token: IToken): void {
    const type = token.tokenType;
    this.readOpening(token);
    this.endsInSemicolon = this.open === 0 && type === T.Semicolon;
    if (type === T.Strike) this.struck = !this.struck;
    if (isOpener(token)) {
      if (++this.open > MAX_NESTING) this.tooDeep = true;
      if (this.open === 1) [this.bare, this.known, this.closer] = [true, false, type === T.LBracket ? T.RBracket : T.RParen];
      else this.bare = false;
      this.endsInBareGroup = false;
      return;
    }
    if (isCloser(token)) {
      this.endsInBareGroup = this.open === 1 && this.bare && this.known && type === this.closer;
      if (this.open > 0) this.open--;
      return;
    }
    this.endsInBareGroup = false;
    if (this.open === 1) {
      if (type === T.Code) this.known ||= this.isCode(token.image);
      else if (type === T.Colon || type === T.Semicolon) [this.bare, this.known] = [true, false];
      else if (type !== T.Comma) this.bare = false;
    } else if (this.open === 0) {
      if (type === T.Semicolon) this.attributed = false;
      else if (type === T.Code || type === T.Colon) this.attributed = true;
    }
  }

  /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
  private readOpening(token: IToken): void {
    const type = token.tokenType;
    if ((token.startLine ?? 0) < this.startLine || this.ownTokens++ >= LOOK_AHEAD_TOKENS) return;
    if (this.opening > OPENING_ENOUGH || this.open > 0) return;
    if (type !== T.Text && type !== T.Comma && type !== T.Dot && type !== T.SupportedBy) return;
    this.opening += (this.openingEnd >= 0 && token.startOffset > this.openingEnd + 1 ? 1 : 0) + token.image.length;
    this.openingEnd = token.startOffset + token.image.length - 1;
  }
}
