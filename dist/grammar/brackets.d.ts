/**
 * How the brackets of a run of tokens pair up, as the parser reads them (parser.ts): an opener
 * starts a group, the next closer of either kind closes the innermost open group, and a closer
 * with no group open is stray. One reading for every stage that looks at brackets without an AST
 * (the paragraph model) or beside it (the records' look-backs), so that they cannot disagree.
 */
import type { IToken } from 'chevrotain';
export declare const isOpener: (token: IToken) => boolean;
export declare const isCloser: (token: IToken) => boolean;
/**
 * Calls `visit` for each token in order with its depth: how many groups are open around it (an
 * opener and its closer count as inside their group), and for a closer the index of the opener
 * it closes (-1 when stray; -1 for every other token). Allocates only the stack of open groups.
 */
export declare function readBrackets(tokens: readonly IToken[], visit: (token: IToken, index: number, depth: number, opener: number) => void): void;
/**
 * For each token, the index of the token that pairs with it (opener <-> closer), or -1 (not a
 * bracket, never closed, or stray): readBrackets's pairs kept, for callers that look back and forth.
 */
export declare function pairBrackets(tokens: readonly IToken[]): Int32Array;
