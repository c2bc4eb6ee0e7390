/** The grammar stage: lex a whole file, parse one paragraph's tokens into an AST. */
import type { IToken } from 'chevrotain';
import type { ParagraphAst } from './ast.js';
import { parseParagraphTokens } from './parser.js';
import { draftLexer } from './tokens.js';
import { buildAst } from './visitor.js';

export type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode, TextNode } from './ast.js';
export * as tokens from './tokens.js';
export { DraftParser, draftParser } from './parser.js';

/** Lexes a whole file; every character is matched by some token, so there are no lexer errors. */
export function lexDraft(text: string): IToken[] {
  const result = draftLexer.tokenize(text);
  if (result.errors.length > 0) {
    const error = result.errors[0];
    throw new Error(`lexer error at line ${error.line}, column ${error.column}: ${error.message}`);
  }
  return result.tokens;
}

export function parseParagraph(tokens: IToken[]): ParagraphAst {
  return buildAst(parseParagraphTokens(tokens));
}
