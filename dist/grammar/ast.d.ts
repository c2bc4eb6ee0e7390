/** The tree the parser builds for one paragraph: prose, code lists and nested groups. */
import type { IToken } from 'chevrotain';
export interface TextNode {
    kind: 'text';
    /** Text, Comma, Dot, Strike, Link, SupportedBy or ParagraphLabel. */
    token: IToken;
}
export interface SeparatorNode {
    kind: 'separator';
    token: IToken;
    char: ';' | ':' | '/';
}
export interface CodeListNode {
    kind: 'codes';
    codes: IToken[];
    /** Parenthesised remarks that follow a code (`CHN(flexible in modifying)`). */
    remarks: GroupNode[];
    /** Every token of the list, in order (codes, separators, remark groups' open tokens excluded). */
    first: IToken;
    last: IToken;
}
export interface GroupNode {
    kind: 'group';
    open: IToken;
    /** Null when the group is never closed. */
    close: IToken | null;
    children: AstNode[];
}
export interface StrayCloserNode {
    kind: 'stray';
    token: IToken;
}
export type AstNode = TextNode | SeparatorNode | CodeListNode | GroupNode | StrayCloserNode;
export interface ParagraphAst {
    children: AstNode[];
}
