/**
 * The AST builder: what each grammar rule yields (the small AST of grammar/ast.ts). The
 * parser calls these as it recognises each rule, in source order, so there is no concrete
 * syntax tree to walk and re-sort afterwards.
 */
import type { IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode, StrayCloserNode, TextNode } from './ast.js';
export declare const build: {
    paragraph: (children: AstNode[]) => ParagraphAst;
    group: (open: IToken, children: AstNode[], close: IToken | null) => GroupNode;
    /** Prose and the tokens that read as prose: `,` `.` `~~`, links, `supported by`, paragraph labels. */
    text: (token: IToken) => TextNode;
    separator: (token: IToken) => SeparatorNode;
    codeList: (codes: IToken[], remarks: GroupNode[]) => CodeListNode;
    stray: (token: IToken) => StrayCloserNode;
};
