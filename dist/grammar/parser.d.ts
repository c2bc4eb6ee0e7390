/**
 * The notation's grammar (see grammar/README.md for the EBNF and railroad diagrams).
 *
 * It accepts every token sequence: a draft is never rejected, only read as far as it makes
 * sense. A group closes at the first closer of either kind (`[…)` is a mis-typed bracket),
 * a group never closed runs to the end of the paragraph, and a closer with nothing open is
 * stray. Those faults are reported by the records stage, not here.
 *
 * Each rule returns its AST node as it is recognised (the builders are in builders.ts):
 * no concrete syntax tree is built and then walked again. Alternatives are built once,
 * not at every repetition. The LABELs name the parts in the railroad diagrams.
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode } from './ast.js';
export declare class DraftParser extends EmbeddedActionsParser {
    constructor();
    /** A paragraph: its label (if any) and its content; closers here close nothing. */
    paragraph: import("chevrotain").ParserMethod<[], ParagraphAst>;
    private readonly paragraphContent;
    /** `[…]` or `(…)`, nested at will; the closer is optional (an unclosed group). */
    group: import("chevrotain").ParserMethod<[], GroupNode>;
    private readonly openers;
    private readonly groupContent;
    private readonly closers;
    item: import("chevrotain").ParserMethod<[], AstNode>;
    private readonly items;
    /** `;` splits a group into segments, `:` a segment into label and codes, `/` separates alternatives. */
    separator: import("chevrotain").ParserMethod<[], SeparatorNode>;
    private readonly separators;
    /**
     * Codes separated by commas, dots or spaces (`ITA.FRA.EU`, `BRA GTM`), joined by
     * `supported by`, each optionally followed by its own remark (`CHN(flexible in modifying)`).
     */
    codeList: import("chevrotain").ParserMethod<[], CodeListNode>;
    /** Each alternative yields the code it ends in, or the remark. */
    private readonly codeListContent;
    /**
     * The list goes on only where a code follows its separator (`RUS, EGY`), not prose
     * (`NAM, stop at …`, `(OR. en)`): chevrotain's repetition lookahead does not see past
     * the rule's end, so the check is explicit.
     */
    private readonly codeListContinues;
}
export declare function draftParser(): DraftParser;
export declare function parseParagraphTokens(tokens: IToken[]): ParagraphAst;
