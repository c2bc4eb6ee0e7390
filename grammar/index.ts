/** The grammar stage: lex a file (whole or a part at a time), parse one paragraph's tokens into an AST. */
import type { IToken } from 'chevrotain';
import type { ParagraphAst } from './ast.js';
import { parseParagraphTokens } from './parser.js';
import { draftLexer, LBracket, LParen, RBracket, RParen, Text, withLexingRules, type LexingRules } from './tokens.js';

export type { LexingRules } from './tokens.js';
export type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode, TextNode } from './ast.js';
export * as tokens from './tokens.js';
export { DraftParser, draftParser } from './parser.js';
export { isCloser, isOpener, pairBrackets, readBrackets } from './brackets.js';

/**
 * Lexes a whole file; every character is matched by some token, so there are no lexer errors.
 * Columns count characters, not UTF-16 units (chevrotain's), so `😀 [FRA]` puts FRA at 4.
 */
export function lexDraft(text: string, lexing: LexingRules | null = null): IToken[] {
  const result = lexing ? withLexingRules(lexing, () => draftLexer.tokenize(text)) : draftLexer.tokenize(text);
  if (result.errors.length > 0) {
    const error = result.errors[0];
    throw new Error(`lexer error at line ${error.line}, column ${error.column}: ${error.message}`);
  }
  countColumnsInCharacters(text, result.tokens);
  return result.tokens;
}

/**
 * Lexes `text` (normalised: `\n` line ends) a part at a time: the same tokens as lexDraft(text),
 * with their positions in the whole text, but only one part's are alive at once. A part is at
 * least `partLength` characters long and ends after a line end. No token spans a line end, and no
 * matcher looks back past the start of its line or ahead past its end, so cutting between lines
 * changes nothing. In the Kyoto notation (`lexing` null) a line more than twice that long is also
 * cut after a `]` or a `)` (midLineCut), so that a file of one long line is not lexed whole.
 */
export function* lexInParts(text: string, partLength = 1 << 13, lexing: LexingRules | null = null): Generator<IToken[]> {
  let lineOffset = 0;
  /** Characters before the part's start on its line: 0 at a line start. */
  let column = 0;
  for (let start = 0; start < text.length;) {
    const end = partEnd(text, start, partLength, lexing === null);
    // A part that starts mid-line is lexed from the `]` before it, which the matchers look back at.
    const from = column > 0 ? start - 1 : start;
    const part = text.slice(from, end);
    const tokens = lexDraft(part, lexing);
    if (from < start) tokens.shift();
    for (const token of tokens) {
      if (token.startLine === 1 && from < start) token.startColumn = (token.startColumn ?? 1) + column - 1;
      token.startOffset += from;
      token.startLine = (token.startLine ?? 1) + lineOffset;
    }
    yield tokens;
    let lastLineEnd = -1;
    for (let at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', at + 1)) {
      lineOffset++;
      lastLineEnd = at;
    }
    // Cut mid-line, the next part starts so many characters into its line.
    column = part.charCodeAt(part.length - 1) === 10 ? 0 : (lastLineEnd >= 0 ? 0 : column) + charactersIn(part, Math.max(from < start ? 1 : 0, lastLineEnd + 1), part.length);
    start = end;
  }
}

/** Where a part from `start` ends: after the line end past `partLength` characters, or in a long line after a `]` or `)` (midLineCut). */
function partEnd(text: string, start: number, partLength: number, midLine: boolean): number {
  const lineEnd = text.indexOf('\n', start + partLength);
  const limit = lineEnd < 0 ? text.length : lineEnd;
  if (midLine && limit - start > 2 * partLength + 1) {
    const cut = midLineCut(text, start + partLength, limit);
    if (cut > 0) return cut;
  }
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

/**
 * The first place from `from` and before `limit` right after a closer that is a token of its own:
 * a `]` that is not a link's `](`, or a `)` that is not in a link's text (`[a) b](#)`: the next
 * square bracket on the line is then a `]`), or -1. Lexed from that closer on, the rest of the
 * line gives the tokens it gives in the whole text: the Kyoto matchers look back one character, or
 * back over spaces to the closer.
 */
function midLineCut(text: string, from: number, limit: number): number {
  /** The next `[` or `]` after the `)` looked at (-1: none before `limit`), found once for every `)` before it; NaN until looked for. */
  let square = Number.NaN;
  for (let at = from; at + 1 < limit; at++) {
    const unit = text.charCodeAt(at);
    if (unit === 93 && text.charCodeAt(at + 1) !== 40) return at + 1; // `]`, not `](`
    if (unit !== 41) continue; // `)`
    if (Number.isNaN(square) || (square >= 0 && square <= at)) square = nextSquareBracket(text, at + 1, limit);
    if (square < 0 || text.charCodeAt(square) === 91) return at + 1;
  }
  return -1;
}

function nextSquareBracket(text: string, from: number, limit: number): number {
  for (let at = from; at < limit; at++) {
    const unit = text.charCodeAt(at);
    if (unit === 91 || unit === 93) return at;
  }
  return -1;
}

/** Characters (not UTF-16 units) from `from` to `to`. */
function charactersIn(text: string, from: number, to: number): number {
  let count = to - from;
  for (let i = from; i < to - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) count--;
    }
  }
  return count;
}

function countColumnsInCharacters(text: string, tokens: IToken[]): void {
  const pairs: number[] = [];
  for (const match of text.matchAll(/[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g)) pairs.push(match.index);
  if (pairs.length === 0) return;
  const pairsBefore = (offset: number) => {
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  for (const token of tokens) {
    const lineStart = token.startOffset - ((token.startColumn ?? 1) - 1);
    token.startColumn = (token.startColumn ?? 1) - (pairsBefore(token.startOffset) - pairsBefore(lineStart));
  }
}

/** A token read as text: a copy, so that the lexer's token stays as it was. */
export const asText = (token: IToken): IToken => ({ ...token, tokenType: Text, tokenTypeIdx: Text.tokenTypeIdx! });

/** Deeper groups than this are read as text: the parser and the stages after it recurse per level. */
export const MAX_NESTING = 64;

/**
 * Brackets nested deeper than `max` become plain text, so a hostile file cannot exhaust
 * the stack; `tooDeep` is the first opener past the limit (reported as a diagnostic).
 */
export function limitNesting(tokens: IToken[], max = MAX_NESTING): { tokens: IToken[]; tooDeep: IToken | null } {
  let depth = 0;
  let tooDeep: IToken | null = null;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === LBracket || type === LParen) {
      if (++depth > max) {
        tooDeep = token;
        break;
      }
    } else if ((type === RBracket || type === RParen) && depth > 0) depth--;
  }
  // Nearly every paragraph stays within the limit: its tokens are used as they are.
  if (!tooDeep) return { tokens, tooDeep };
  depth = 0;
  const limited = tokens.map((token) => {
    const type = token.tokenType;
    if (type === LBracket || type === LParen) {
      depth++;
      return depth <= max ? token : asText(token);
    }
    if ((type === RBracket || type === RParen) && depth > 0) {
      depth--;
      return depth >= max ? asText(token) : token;
    }
    return token;
  });
  return { tokens: limited, tooDeep };
}

/**
 * Parses one paragraph. The parser builds the AST as it goes (no concrete syntax tree), so
 * even a long paragraph (a one-line file of megabytes) is parsed in one go.
 */
export function parseParagraph(tokens: IToken[]): ParagraphAst {
  return parseParagraphTokens(tokens);
}
