/**
 * A paragraph's tokens in order with what the stance rules need to look back over them:
 * which tokens are struck, and where each group opens and closes.
 */
import type { IToken } from 'chevrotain';
import { tokens as T, type AstNode, type ParagraphAst } from '../../grammar/index.js';
import { trimEndOf } from '../util/text.js';

const EXCERPT_LENGTH = 80;

const PAGE_NUMBER_LINE = /\n[ \t]*\d{1,3}[ \t]*(?=\n)/g;
const MARKUP = /~~|\*+|<\/?[a-z]+>/g;
const MARKUP_START = /[~*<]/;
const WHITE_SPACE = /\s+/g;
/** White space that folding would change: one that is not a plain space, or a space and more. */
const UNFOLDED = /[^\S ]| \s/;

/**
 * Removes page-number lines, Markdown emphasis and strike marks; folds white space.
 * Most labels and excerpts are plain prose: a step that cannot change the text is skipped.
 */
export function cleanText(source: string): string {
  let text = source;
  if (text.includes('\n')) text = text.replace(PAGE_NUMBER_LINE, '\n');
  if (MARKUP_START.test(text)) text = text.replace(MARKUP, '');
  if (UNFOLDED.test(text)) text = text.replace(WHITE_SPACE, ' ');
  return text.trim();
}

/** A label as written: cleaned, without the separators (`,;:/.`, hyphen, en and em dash) that delimit it. */
export function cleanLabel(source: string): string {
  // Dashes escaped: the bundle stays ASCII (see QUOTED in vocabulary.ts).
  return trimEndOf(cleanText(source).replace(/^[\s,;:/.\-\u2013\u2014]+/, ''), ',;:/-\u2013\u2014');
}

export class ParagraphView {
  readonly struck: Uint8Array;
  /** For each closing token's index, the index of the token that opened its group. */
  private readonly openerOf = new Map<number, number>();
  /** True when the paragraph ends inside struck text (`check` reports it). */
  readonly endsStruck: boolean;

  /** `startLine`: where the paragraph itself starts (the headings before it come first in `tokens`). */
  constructor(readonly source: string, readonly tokens: IToken[], ast: ParagraphAst, private readonly startLine = 1) {
    let struck = false;
    this.struck = new Uint8Array(tokens.length);
    tokens.forEach((token, i) => {
      if (token.tokenType === T.Strike) struck = !struck;
      this.struck[i] = struck ? 1 : 0;
    });
    this.endsStruck = struck;
    this.recordGroups(ast.children);
  }

  private recordGroups(nodes: AstNode[]): void {
    for (const node of nodes) {
      if (node.kind === 'group') {
        if (node.close) this.openerOf.set(this.indexOf(node.close), this.indexOf(node.open));
        this.recordGroups(node.children);
      } else if (node.kind === 'codes') {
        for (const remark of node.remarks) this.recordGroups([remark]);
      }
    }
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
    return this.struck[this.indexOf(token)] === 1;
  }

  /** Source text from the first to the last token, as written. */
  slice(first: IToken, last: IToken): string {
    return this.source.slice(first.startOffset, last.startOffset + last.image.length);
  }

  /**
   * Whether the text an annotation starting at `start` is attached to is struck: the first
   * token before it, skipping white space, `:` `;` `/`, strike marks, opening brackets and
   * whole groups (other annotations and code-less remarks).
   */
  attachedTextStruck(start: IToken): boolean {
    for (let i = this.indexOf(start) - 1; i >= 0; i--) {
      const token = this.tokens[i];
      const type = token.tokenType;
      if (this.openerOf.has(i)) i = this.openerOf.get(i)!;
      else if (type === T.Colon || type === T.Semicolon || type === T.Slash || type === T.Strike) continue;
      else if (type === T.LBracket || type === T.LParen || type === T.RBracket || type === T.RParen) continue;
      else return this.struck[i] === 1;
    }
    return false;
  }

  /** Up to 80 characters of the prose before `start`, back to the previous group or label. */
  excerptBefore(start: IToken): string {
    const end = this.indexOf(start);
    let from = end;
    while (from > 0) {
      const type = this.tokens[from - 1].tokenType;
      if (type === T.RBracket || type === T.RParen || type === T.ParagraphLabel) break;
      from--;
    }
    if (from === end) return '';
    const text = trimEndOf(cleanText(this.source.slice(this.tokens[from].startOffset, start.startOffset)).replace(/^[\s,;:/.]+/, ''), ',;:/([');
    return text.length <= EXCERPT_LENGTH ? text : `…${text.slice(text.length - EXCERPT_LENGTH + 1).trimStart()}`;
  }

  private opening: string | undefined;

  /** The paragraph's opening prose outside annotations, for annotations that come first (notes). */
  openingExcerpt(): string {
    return (this.opening ??= this.findOpeningExcerpt());
  }

  private findOpeningExcerpt(): string {
    let text = '';
    let depth = 0;
    let previousEnd = -1;
    for (const token of this.tokens) {
      if ((token.startLine ?? 0) < this.startLine) continue;
      const type = token.tokenType;
      if (type === T.LBracket || type === T.LParen) depth++;
      else if (type === T.RBracket || type === T.RParen) depth = Math.max(0, depth - 1);
      else if (depth === 0 && (type === T.Text || type === T.Comma || type === T.Dot || type === T.SupportedBy)) {
        text += (previousEnd >= 0 && token.startOffset > previousEnd + 1 ? ' ' : '') + token.image;
        previousEnd = token.startOffset + token.image.length - 1;
        if (text.length > 2 * EXCERPT_LENGTH) break;
      }
    }
    text = cleanText(text.replace(/(^|\s)#{1,6}(?=\s)/g, ' '));
    return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
  }
}
