/**
 * The AST builder: what each grammar rule yields (the small AST of grammar/ast.ts). The
 * parser calls these as it recognises each rule, in source order, so there is no concrete
 * syntax tree to walk and re-sort afterwards.
 */
import type { IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode, StrayCloserNode, TextNode } from './ast.js';

/** The remarks of every code list that has none: one shared, frozen array (a group of 200,000 segments has as many code lists). */
const NO_REMARKS: GroupNode[] = Object.freeze([]) as unknown as GroupNode[];

export const build = {
  paragraph: (children: AstNode[]): ParagraphAst => ({ children }),

  group: (open: IToken, children: AstNode[], close: IToken | null): GroupNode => ({ kind: 'group', open, close, children }),

  /** Prose and the tokens that read as prose: `,` `.` `~~`, links, `supported by`, paragraph labels. */
  text: (token: IToken): TextNode => ({ kind: 'text', token }),

  separator: (token: IToken): SeparatorNode => ({ kind: 'separator', token, char: token.image as SeparatorNode['char'] }),

  codeList: (codes: IToken[], remarks: GroupNode[]): CodeListNode =>
    ({ kind: 'codes', codes, remarks: remarks.length > 0 ? remarks : NO_REMARKS, first: codes[0], last: codes[codes.length - 1] }),

  stray: (token: IToken): StrayCloserNode => ({ kind: 'stray', token }),
};
