/**
 * Tokens of the annotation notation (NOTATION.md). The lexer runs over a file a part at a time
 * (lexInParts in index.ts): no token spans a line end.
 *
 * Prose is lexed as long runs (one Text token up to the next special character or
 * code-like word), so the token count grows with the annotations, not with the words.
 * Tokens carry no meaning beyond their shape: whether an upper-case word is a real
 * delegation code, or a group an annotation, is decided later (src/records).
 */
import { Lexer, type TokenType } from 'chevrotain';
/** True when a 2- or 3-letter upper-case word (a possible delegation code) starts at `i`. */
export declare function codeLikeAt(text: string, i: number): boolean;
/**
 * What a notation profile changes in the lexer (src/profiles): its paragraph labels instead of
 * those above (sticky patterns tried where a line starts, and a numbered label in the middle of
 * a line after what `numberedAfter` accepts of the line before it: `[US propose: 1. Each…`), and
 * the words that may be glued to a code (`CLpropose`). Null: the Kyoto notation.
 */
export interface LexingRules {
    lineStart: RegExp[];
    numbered: RegExp;
    numberedAfter: RegExp | null;
    /** Sticky. */
    wordsAfterCode: RegExp | null;
}
/** Runs `lex` with a profile's rules (the lexer is shared and synchronous, so they hold for that call only). */
export declare function withLexingRules<T>(rules: LexingRules | null, lex: () => T): T;
export declare const Newline: TokenType;
export declare const WhiteSpace: TokenType;
export declare const ParagraphLabel: TokenType;
/** `[text](#)`: a link left by conversion; plain text, never an annotation. */
export declare const Link: TokenType;
/** `~~~~` is an empty strike: it changes nothing. */
export declare const EmptyStrike: TokenType;
export declare const Strike: TokenType;
export declare const LBracket: TokenType;
export declare const RBracket: TokenType;
export declare const LParen: TokenType;
export declare const RParen: TokenType;
export declare const Semicolon: TokenType;
export declare const Colon: TokenType;
export declare const Comma: TokenType;
export declare const Slash: TokenType;
export declare const Dot: TokenType;
export declare const SupportedBy: TokenType;
/** A 2- or 3-letter upper-case word: a delegation code if the code table knows it. */
export declare const Code: TokenType;
export declare const Text: TokenType;
export declare const allTokens: TokenType[];
export declare const draftLexer: Lexer;
