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
 * - before a line that starts with prose or a bracket (after strike marks or emphasis at most),
 *   so that the segment going on over the cut gains no leading codes there, and
 *   - where annotations follow their text (the Kyoto notation): not right after a code, and in a
 *     segment (outside brackets, since the last `;` there) that does not start with codes (whose
 *     reading turns on all of the segment) and holds no remark (a parenthesis right after a code:
 *     a code list goes on over it, to a parenthesis or code on the next line, and an annotation in
 *     it would come before the label that holds it). The label being read at the cut (the prose
 *     after the last group that yields a mention, or after a colon) is carried into the next section;
 *   - where annotations open their bracket: right after a group that ends in known codes alone
 *     (`[FRA, BEL]`, `(delete: RUS)`, `[x; y: EGY]`), which always yields a mention and so ends
 *     any label, with no code or colon outside brackets since the last `;` there.
 *
 * Then no group and no code list goes on over the cut, and strike marks pair up within each
 * section. What the stance rules look back at across it (whether the text an annotation is
 * attached to is struck, where its excerpt starts, the label that goes on) is carried from section
 * to section (ParagraphTokens' SectionCarry).
 */
import type { IToken, TokenType } from 'chevrotain';
import { asText, isCloser, isOpener, MAX_NESTING, tokens as T } from '../../grammar/index.js';
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

/** Openers read as text as still open LOOK_AHEAD_TOKENS tokens on (asLongOpenerText), for the records stage to report. */
const longOpenersRead = new WeakSet<IToken>();
let longOpenersMade = 0;

/** An opener still open LOOK_AHEAD_TOKENS tokens on, as the paragraph reads it: text. */
export function asLongOpenerText(opener: IToken): IToken {
  const text = asText(opener);
  longOpenersRead.add(text);
  longOpenersMade++;
  return text;
}

/** Whether `token` is an opener asLongOpenerText made text. */
export const isLongOpener = (token: IToken): boolean => longOpenersMade > 0 && longOpenersRead.has(token);

/** What SectionCuts knows of the section read so far. */
interface CutsState {
  open: number;
  tooDeep: boolean;
  struck: boolean;
  /** A code or a colon outside brackets since the last `;` there. */
  attributed: boolean;
  /**
   * How the segment outside brackets since the last `;` there starts, after commas, dots and strike
   * marks: not yet known, with a code, or otherwise. A `/` after a code or a colon there may start
   * a segment (after a code list): read as one that starts with codes.
   */
  segmentStart: 'unknown' | 'codes' | 'other';
  /** The last token read is a code (a parenthesis that follows, on the next line too, is its remark). */
  endsInCode: boolean;
  /** A parenthesis right after a code (a remark), at any depth, since the last `;` outside brackets. */
  remarkInSegment: boolean;
  /** The group being read (one level deep) holds only codes and commas since it opened or since its last `:` or `;`, one of them known. */
  bare: boolean;
  known: boolean;
  /** What closes the group being read (one level deep). */
  closer: TokenType | null;
  endsInBareGroup: boolean;
  endsInSemicolon: boolean;
  opening: number;
  /** The paragraph's own tokens read so far (the headings before it are not its own). */
  ownTokens: number;
  openingEnd: number;
  /** Tokens read so far, and the open brackets with how many had been read when each opened. */
  seen: number;
  openers: { token: IToken; at: number }[];
  /** Openers before this index in `openers` have been open LOOK_AHEAD_TOKENS tokens: they are in `long`. */
  oldest: number;
  long: IToken[];
}

const freshState = (): CutsState => ({
  open: 0, tooDeep: false, struck: false, attributed: false, segmentStart: 'unknown', endsInCode: false, remarkInSegment: false, bare: false, known: false, closer: null,
  endsInBareGroup: false, endsInSemicolon: false, opening: 0, ownTokens: 0, openingEnd: -1, seen: 0, openers: [],
  oldest: 0, long: [],
});

/** A copy of `state` where a section starts: no bracket open (a cut falls only there), lists of its own. */
const atCut = (state: CutsState): CutsState => ({ ...state, openers: [], oldest: 0, long: [] });

export class SectionCuts {
  private s = freshState();
  /** The state where the section being read starts, read again from when an opener is read as text. */
  private sectionStart = freshState();

  /**
   * `startLine`: the paragraph's own first line (headings before it hold no opening prose).
   * `carriesLabels`: a label may go on over a cut (SectionCarry's `label`).
   */
  constructor(private readonly isCode: IsCode, private readonly startLine: number, private readonly carriesLabels: boolean) {}

  add(tokens: readonly IToken[]): void {
    for (const token of tokens) this.addOne(token);
  }

  /** The section read so far is given out: the next one starts here. */
  cut(): void {
    this.sectionStart = atCut(this.s);
  }

  /**
   * The brackets not closed on their own line and still open LOOK_AHEAD_TOKENS tokens after they
   * opened, whether closed since or not: each is read as text (asLongOpenerText), so that a bracket
   * never closed does not hold the rest of its paragraph. Found token by token, so that where a
   * section is cut changes nothing.
   */
  longOpeners(): readonly IToken[] {
    return this.s.long;
  }

  /** Reads the section again from its start: `tokens`, the section's, with some of its openers now text. */
  readAgain(tokens: readonly IToken[]): void {
    this.s = atCut(this.sectionStart);
    this.add(tokens);
  }

  /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
  canCutBefore(line: readonly IToken[]): boolean {
    const openingKnown = this.s.opening > OPENING_ENOUGH || this.s.ownTokens >= LOOK_AHEAD_TOKENS;
    if (!(this.s.open === 0 && !this.s.tooDeep && !this.s.struck && openingKnown)) return false;
    if (this.s.endsInSemicolon) return true;
    if (this.carriesLabels) {
      // A label begun before the cut is carried; leading codes are read with all that follows them.
      if (this.s.segmentStart === 'codes' || this.s.endsInCode || this.s.remarkInSegment) return false;
    } else if (this.s.attributed || !this.s.endsInBareGroup) return false;
    // Prose or a bracket first, after strike marks or emphasis at most (`~~Text~~ [FRA]`, `**Text**`,
    // `[BEL]`); codes first would be a segment's leading codes, which the whole paragraph does not have.
    const first = line.find((token) => token.tokenType !== T.Strike && !isEmphasis(token));
    if (first === undefined || first.startLine !== line[0]!.startLine) return false;
    return isOpener(first) || (first.tokenType === T.Text && WORD.test(first.image));
  }

  private addOne(token: IToken): void {
    const type = token.tokenType;
    this.readOpening(token);
    this.s.seen++;
    // Long, and not closed on its own line: a bracket of any length closed on its line is read as usual.
    const oldest = this.s.openers[this.s.oldest];
    if (oldest && this.s.seen - oldest.at > LOOK_AHEAD_TOKENS && (token.startLine ?? 0) > (oldest.token.startLine ?? 0)) {
      this.s.long.push(oldest.token);
      this.s.oldest++;
    }
    this.s.endsInSemicolon = this.s.open === 0 && type === T.Semicolon;
    if (type === T.LParen && this.s.endsInCode) this.s.remarkInSegment = true;
    this.s.endsInCode = type === T.Code;
    if (this.s.open === 0) this.readSegmentStart(type);
    if (type === T.Strike) this.s.struck = !this.s.struck;
    if (isOpener(token)) {
      this.s.openers.push({ token, at: this.s.seen });
      if (++this.s.open > MAX_NESTING) this.s.tooDeep = true;
      if (this.s.open === 1) [this.s.bare, this.s.known, this.s.closer] = [true, false, type === T.LBracket ? T.RBracket : T.RParen];
      else this.s.bare = false;
      this.s.endsInBareGroup = false;
      return;
    }
    if (isCloser(token)) {
      this.s.endsInBareGroup = this.s.open === 1 && this.s.bare && this.s.known && type === this.s.closer;
      if (this.s.open > 0) {
        this.s.open--;
        if (this.s.openers.length > this.s.oldest) this.s.openers.pop();
      }
      return;
    }
    this.s.endsInBareGroup = false;
    if (this.s.open === 1) {
      if (type === T.Code) this.s.known ||= this.isCode(token.image);
      else if (type === T.Colon || type === T.Semicolon) [this.s.bare, this.s.known] = [true, false];
      else if (type !== T.Comma) this.s.bare = false;
    } else if (this.s.open === 0) {
      if (type === T.Semicolon) this.s.attributed = false;
      else if (type === T.Code || type === T.Colon) this.s.attributed = true;
    }
  }

  /** A token outside brackets: how the segment it is in starts (segmentStart). */
  private readSegmentStart(type: TokenType): void {
    if (type === T.Semicolon) [this.s.segmentStart, this.s.remarkInSegment] = ['unknown', false];
    else if (type === T.Slash && this.s.attributed) this.s.segmentStart = 'codes';
    else if (this.s.segmentStart === 'unknown' && type !== T.Comma && type !== T.Dot && type !== T.Strike) {
      this.s.segmentStart = type === T.Code ? 'codes' : 'other';
    }
  }

  /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
  private readOpening(token: IToken): void {
    const type = token.tokenType;
    if ((token.startLine ?? 0) < this.startLine || this.s.ownTokens++ >= LOOK_AHEAD_TOKENS) return;
    if (this.s.opening > OPENING_ENOUGH || this.s.open > 0) return;
    if (type !== T.Text && type !== T.Comma && type !== T.Dot && type !== T.SupportedBy) return;
    this.s.opening += (this.s.openingEnd >= 0 && token.startOffset > this.s.openingEnd + 1 ? 1 : 0) + token.image.length;
    this.s.openingEnd = token.startOffset + token.image.length - 1;
  }
}
