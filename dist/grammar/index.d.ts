/** The grammar stage: lex a file (whole or a part at a time), parse one paragraph's tokens into an AST. */
import type { IToken } from 'chevrotain';
import type { ParagraphAst } from './ast.js';
import { type LexingRules } from './tokens.js';
export type { LexingRules } from './tokens.js';
export type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode, TextNode } from './ast.js';
export * as tokens from './tokens.js';
export { DraftParser, draftParser } from './parser.js';
export { isCloser, isOpener, pairBrackets, readBrackets } from './brackets.js';
/**
 * Lexes a whole file; every character is matched by some token, so there are no lexer errors.
 * Columns count characters, not UTF-16 units (chevrotain's), so `😀 [FRA]` puts FRA at 4.
 */
export declare function lexDraft(text: string, lexing?: LexingRules | null): IToken[];
/**
 * Lexes `text` (normalised: `\n` line ends) a part at a time: the same tokens as lexDraft(text),
 * with their positions in the whole text, but only one part's are alive at once. A part is at
 * least `partLength` characters long and ends after a line end. No token spans a line end, and no
 * matcher looks back past the start of its line or ahead past its end, so cutting between lines
 * changes nothing. In the Kyoto notation (`lexing` null) a line more than twice that long is also
 * cut after a `]` or a `)` (midLineCut), so that a file of one long line is not lexed whole.
 */
export declare function lexInParts(text: string, partLength?: number, lexing?: LexingRules | null): Generator<IToken[]>;
/** A token read as text: a copy, so that the lexer's token stays as it was. */
export declare const asText: (token: IToken) => IToken;
/** Deeper groups than this are read as text: the parser and the stages after it recurse per level. */
export declare const MAX_NESTING = 64;
/**
 * Brackets nested deeper than `max` become plain text, so a hostile file cannot exhaust
 * the stack; `tooDeep` is the first opener past the limit (reported as a diagnostic).
 */
export declare function limitNesting(tokens: IToken[], max?: number): {
    tokens: IToken[];
    tooDeep: IToken | null;
};
/**
 * Parses one paragraph. The parser builds the AST as it goes (no concrete syntax tree), so
 * even a long paragraph (a one-line file of megabytes) is parsed in one go.
 */
export declare function parseParagraph(tokens: IToken[]): ParagraphAst;
