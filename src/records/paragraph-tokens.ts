/**
 * A paragraph's tokens in order with what the stance rules need to look back over them:
 * which tokens are struck, and where each group opens and closes.
 */
import type { IToken } from 'chevrotain';
import { isCloser, pairBrackets, tokens as T } from '../../grammar/index.js';
import { tokenEnd } from '../decode/fold.js';
import { LOOK_AHEAD_TOKENS } from '../paragraphs/sections.js';
import { cleanExcerpt, cleanOpening, detached } from '../util/text.js';

const EXCERPT_LENGTH = 80;
/**
 * How far back, in characters of the source, an excerpt is looked for. Far more than 80 cleaned
 * characters need; without a bound, a paragraph of many unbracketed attributions (`x: FRA; x: BEL;
 * …`) would clean the whole text before each one, in time quadratic in its length.
 */
const EXCERPT_LOOKBACK = 1000;

/**
 * What a later section of a paragraph read in sections (sections.ts) needs of the sections before
 * it: where the look-backs of the stance rules would have ended had the paragraph been read whole.
 */
export interface SectionCarry {
  /** The paragraph's opening excerpt. */
  opening: string;
  /** attachedTextStruck's answer for an annotation at the section's start. */
  attachedStruck: boolean;
  /** Where excerptBefore's walk reaches back to before the section: null when a closing bracket or label ends the section before it. */
  excerptFrom: number | null;
  /** The line of the last token before the section. */
  lastLine: number | undefined;
  /** The label that goes on into the section (segments.ts, readSegment), or null. */
  label: CarriedLabel | null;
}

/** Where a label that goes on into the next section starts, and whether its part so far holds words (segments.ts, readSegment). */
export interface OpenLabel {
  start: IToken;
  words: boolean;
}

/**
 * A label begun before a section: a token that stands for its nodes there, first in the section's
 * top level, and what an annotation that starts with it takes from where it starts. Its reader
 * asks only those two (isStruck, excerptBefore) and the token's kind and position: the label's
 * text is cut from the source by position, and it is never a label's last token (a cut falls
 * before a line of prose or a bracket, which follows it in the label).
 */
export interface CarriedLabel {
  /** At the label's start: prose (a Text token, its image a word) where its nodes so far hold words, else a comma. */
  token: IToken;
  struck: boolean;
  excerpt: string;
}

const UNKNOWN = 0;
const NOT_STRUCK = 1;
const STRUCK = 2;

/** Where an excerpt's walk back stops: the end of a group, or a paragraph label. */
const isExcerptStop = ({ tokenType: type }: IToken) => type === T.RBracket || type === T.RParen || type === T.ParagraphLabel;

export class ParagraphTokens {
  readonly struck: Uint8Array;
  /** For each bracket, the index of the one it pairs with (pairBrackets, as the parser pairs them); found when first needed. */
  private partnerOf: Int32Array | undefined;
  /** True when the paragraph ends inside struck text (`check` reports it). */
  readonly endsStruck: boolean;

  /**
   * `startLine`: where the paragraph itself starts (the headings before it come first in `tokens`).
   * `carried`: for a later section of a paragraph read in sections, what the sections before it left.
   */
  constructor(readonly source: string, readonly tokens: IToken[], private readonly startLine = 1, private readonly carried?: SectionCarry) {
    this.opening = carried?.opening;
    let struck = false;
    this.struck = new Uint8Array(tokens.length);
    tokens.forEach((token, i) => {
      if (token.tokenType === T.Strike) struck = !struck;
      this.struck[i] = struck ? 1 : 0;
    });
    this.endsStruck = struck;
  }

  /** The position of a token of this paragraph (tokens are in source order: a binary search, no map). */
  indexOf(token: IToken): number {
    let low = 0;
    let high = this.tokens.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const offset = this.tokens[mid].startOffset;
      if (offset === token.startOffset) return mid;
      if (offset < token.startOffset) low = mid + 1;
      else high = mid - 1;
    }
    throw new Error(`token at offset ${token.startOffset} is not in this paragraph`);
  }

  isStruck(token: IToken): boolean {
    const label = this.carried?.label;
    if (label && token === label.token) return label.struck;
    return this.struck[this.indexOf(token)] === 1;
  }

  /** Source text from the first to the last token, as written. */
  slice(first: IToken, last: IToken): string {
    return this.source.slice(first.startOffset, tokenEnd(last));
  }

  /** A token as written (`FRА` with a Cyrillic А, read as `FRA`). */
  written(token: IToken): string {
    const written = this.source.slice(token.startOffset, tokenEnd(token));
    // The image itself where they agree: a mention then holds no string of its own.
    return written === token.image ? token.image : written;
  }

  /**
   * Whether the text an annotation starting at `start` is attached to is struck: the first
   * token before it, skipping white space, `:` `;` `/`, strike marks, opening brackets and
   * whole groups (other annotations and code-less remarks).
   */
  attachedTextStruck(start: IToken): boolean {
    return this.attachedStruckBefore(this.indexOf(start));
  }

  /** attachedTextStruck for the token at `index` (the tokens' length: after the last one). */
  private attachedStruckBefore(index: number): boolean {
    // Every token a walk passes has the walk's answer: kept, so that a run of groups
    // (`[FRA] [BEL] [RUS] …`) is walked once, not once per group.
    const memo = (this.attachedMemo ??= new Uint8Array(this.tokens.length));
    const partner = (this.partnerOf ??= pairBrackets(this.tokens));
    const passed: number[] = [];
    // A walk past the section's start goes on where the sections before it ended.
    let answer = this.carried?.attachedStruck ?? false;
    for (let i = index - 1; i >= 0; i--) {
      if (memo[i] !== UNKNOWN) {
        answer = memo[i] === STRUCK;
        break;
      }
      passed.push(i);
      const type = this.tokens[i].tokenType;
      if (isCloser(this.tokens[i]) && partner[i] >= 0) i = partner[i];
      else if (type === T.Colon || type === T.Semicolon || type === T.Slash || type === T.Strike) continue;
      else if (type === T.LBracket || type === T.LParen || type === T.RBracket || type === T.RParen) continue;
      else {
        answer = this.struck[i] === 1;
        break;
      }
    }
    for (const i of passed) memo[i] = answer ? STRUCK : NOT_STRUCK;
    return answer;
  }

  /** For each token, the answer of attachedTextStruck's walk from it down (UNKNOWN until one passes it). */
  private attachedMemo: Uint8Array | undefined;

  /**
   * Up to 80 characters of the prose before `start`, back to the previous group or label, within
   * EXCERPT_LOOKBACK characters of source: prose cut there is marked `…` like prose too long.
   */
  excerptBefore(start: IToken): string {
    const label = this.carried?.label;
    if (label && start === label.token) return label.excerpt;
    let from = start.startOffset;
    let cut = false;
    let stopped = false;
    const tooFar = (offset: number) => {
      if (start.startOffset - offset <= EXCERPT_LOOKBACK) return false;
      // Mid-token, but never between the halves of a surrogate pair.
      from = start.startOffset - EXCERPT_LOOKBACK;
      if (/[\uDC00-\uDFFF]/.test(this.source.charAt(from))) from++;
      return (cut = true);
    };
    for (let i = this.indexOf(start) - 1; i >= 0 && !stopped; i--) {
      const token = this.tokens[i];
      stopped = isExcerptStop(token) || tooFar(token.startOffset);
      if (!stopped) from = token.startOffset;
    }
    // Past the section's start, the walk reaches back to the sections' earliest token since a stop.
    const before = this.carried?.excerptFrom ?? null;
    if (!stopped && before !== null && !tooFar(before)) from = before;
    if (from === start.startOffset) return '';
    // Detached: cut from the cleaned look-back (up to EXCERPT_LOOKBACK characters), the excerpt
    // would keep all of it alive with every record.
    const text = cleanExcerpt(this.source.slice(from, start.startOffset));
    if (text === '' || (text.length <= EXCERPT_LENGTH && !cut)) return detached(text);
    return detached(`…${text.slice(Math.max(0, text.length - EXCERPT_LENGTH + 1)).trimStart()}`);
  }

  /** What the next section of the paragraph needs of this one and those before it; `label`: the label that goes on, if any. */
  sectionCarry(label: OpenLabel | null = null): SectionCarry {
    return {
      opening: this.openingExcerpt(), attachedStruck: this.attachedStruckBefore(this.tokens.length),
      excerptFrom: this.excerptFromEnd(), lastLine: this.lineBefore(this.tokens.length),
      label: label && this.carriedLabel(label),
    };
  }

  private carriedLabel({ start, words }: OpenLabel): CarriedLabel {
    const type = words ? T.Text : T.Comma;
    const token: IToken = {
      image: words ? 'label' : ',', startOffset: start.startOffset, startLine: start.startLine, startColumn: start.startColumn,
      tokenType: type, tokenTypeIdx: type.tokenTypeIdx!,
    };
    return { token, struck: this.isStruck(start), excerpt: this.excerptBefore(start) };
  }

  /** The line of the token before the one at `index`, in the sections before this one too. */
  lineBefore(index: number): number | undefined {
    return index > 0 ? this.tokens[index - 1].startLine : this.carried?.lastLine;
  }

  /** The earliest token excerptBefore's walk would reach from past the last token, before the section included. */
  private excerptFromEnd(): number | null {
    const { tokens } = this;
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (isExcerptStop(tokens[i])) return i + 1 < tokens.length ? tokens[i + 1].startOffset : null;
    }
    return this.carried?.excerptFrom ?? tokens[0]?.startOffset ?? null;
  }

  private opening: string | undefined;

  /** The paragraph's opening prose outside annotations, for annotations that come first (notes). */
  openingExcerpt(): string {
    return (this.opening ??= detached(this.findOpeningExcerpt()));
  }

  private findOpeningExcerpt(): string {
    let text = '';
    let depth = 0;
    let previousEnd = -1;
    let own = 0;
    for (const token of this.tokens) {
      if ((token.startLine ?? 0) < this.startLine) continue;
      if (own++ >= LOOK_AHEAD_TOKENS) break;
      const type = token.tokenType;
      if (type === T.LBracket || type === T.LParen) depth++;
      else if (type === T.RBracket || type === T.RParen) depth = Math.max(0, depth - 1);
      else if (depth === 0 && (type === T.Text || type === T.Comma || type === T.Dot || type === T.SupportedBy)) {
        text += (previousEnd >= 0 && token.startOffset > previousEnd + 1 ? ' ' : '') + token.image;
        previousEnd = token.startOffset + token.image.length - 1;
        if (text.length > 2 * EXCERPT_LENGTH) break;
      }
    }
    text = cleanOpening(text);
    return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
  }
}
