/**
 * A paragraph's tokens in order with what the stance rules need to look back over them:
 * which tokens are struck, and where each group opens and closes.
 */
import type { IToken } from 'chevrotain';
export declare class ParagraphTokens {
    readonly source: string;
    readonly tokens: IToken[];
    private readonly startLine;
    readonly struck: Uint8Array;
    /** For each bracket, the index of the one it pairs with (pairBrackets, as the parser pairs them); found when first needed. */
    private partnerOf;
    /** True when the paragraph ends inside struck text (`check` reports it). */
    readonly endsStruck: boolean;
    /**
     * `startLine`: where the paragraph itself starts (the headings before it come first in `tokens`).
     * `opening`: the paragraph's opening excerpt, for a later section of a paragraph read in sections.
     */
    constructor(source: string, tokens: IToken[], startLine?: number, opening?: string);
    /** The position of a token of this paragraph (tokens are in source order: a binary search, no map). */
    indexOf(token: IToken): number;
    isStruck(token: IToken): boolean;
    /** Source text from the first to the last token, as written. */
    slice(first: IToken, last: IToken): string;
    /** A token as written (`FRА` with a Cyrillic А, read as `FRA`). */
    written(token: IToken): string;
    /**
     * Whether the text an annotation starting at `start` is attached to is struck: the first
     * token before it, skipping white space, `:` `;` `/`, strike marks, opening brackets and
     * whole groups (other annotations and code-less remarks).
     */
    attachedTextStruck(start: IToken): boolean;
    /** For each token, the answer of attachedTextStruck's walk from it down (UNKNOWN until one passes it). */
    private attachedMemo;
    /**
     * Up to 80 characters of the prose before `start`, back to the previous group or label, within
     * EXCERPT_LOOKBACK characters of source: prose cut there is marked `…` like prose too long.
     */
    excerptBefore(start: IToken): string;
    private opening;
    /** The paragraph's opening prose outside annotations, for annotations that come first (notes). */
    openingExcerpt(): string;
    private findOpeningExcerpt;
}
