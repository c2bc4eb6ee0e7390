/**
 * A paragraph's tokens in order with what the stance rules need to look back over them:
 * which tokens are struck, and where each group opens and closes.
 */
import type { IToken } from 'chevrotain';
/**
 * What a later section of a paragraph read in sections (sections.ts) needs of the sections before
 * it: where the look-backs of the stance rules would have ended had the paragraph been read whole.
 */
export interface SectionCarry {
    /** The paragraph's opening excerpt. */
    opening: string;
    /** attachedTextStruck's answer for an annotation at the section's start. */
    attachedStruck: boolean;
    /** Where excerptBefore's walk reaches back to before the section: null when a closing bracket or label ends the section before it. */
    excerptFrom: number | null;
    /** The line of the last token before the section. */
    lastLine: number | undefined;
    /** The label that goes on into the section (segments.ts, readSegment), or null. */
    label: CarriedLabel | null;
}
/** Where a label that goes on into the next section starts, and whether its part so far holds words (segments.ts, readSegment). */
export interface OpenLabel {
    start: IToken;
    words: boolean;
}
/**
 * A label begun before a section: a token that stands for its nodes there, first in the section's
 * top level, and what an annotation that starts with it takes from where it starts. Its reader
 * asks only those two (isStruck, excerptBefore) and the token's kind and position: the label's
 * text is cut from the source by position, and it is never a label's last token (a cut falls
 * before a line of prose or a bracket, which follows it in the label).
 */
export interface CarriedLabel {
    /** At the label's start: prose (a Text token, its image a word) where its nodes so far hold words, else a comma. */
    token: IToken;
    struck: boolean;
    excerpt: string;
}
export declare class ParagraphTokens {
    readonly source: string;
    readonly tokens: IToken[];
    private readonly startLine;
    private readonly carried?;
    readonly struck: Uint8Array;
    /** For each bracket, the index of the one it pairs with (pairBrackets, as the parser pairs them); found when first needed. */
    private partnerOf;
    /** True when the paragraph ends inside struck text (`check` reports it). */
    readonly endsStruck: boolean;
    /**
     * `startLine`: where the paragraph itself starts (the headings before it come first in `tokens`).
     * `carried`: for a later section of a paragraph read in sections, what the sections before it left.
     */
    constructor(source: string, tokens: IToken[], startLine?: number, carried?: SectionCarry | undefined);
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
    /** attachedTextStruck for the token at `index` (the tokens' length: after the last one). */
    private attachedStruckBefore;
    /** For each token, the answer of attachedTextStruck's walk from it down (UNKNOWN until one passes it). */
    private attachedMemo;
    /**
     * Up to 80 characters of the prose before `start`, back to the previous group or label, within
     * EXCERPT_LOOKBACK characters of source: prose cut there is marked `…` like prose too long.
     */
    excerptBefore(start: IToken): string;
    /** What the next section of the paragraph needs of this one and those before it; `label`: the label that goes on, if any. */
    sectionCarry(label?: OpenLabel | null): SectionCarry;
    private carriedLabel;
    /** The line of the token before the one at `index`, in the sections before this one too. */
    lineBefore(index: number): number | undefined;
    /** The earliest token excerptBefore's walk would reach from past the last token, before the section included. */
    private excerptFromEnd;
    private opening;
    /** The paragraph's opening prose outside annotations, for annotations that come first (notes). */
    openingExcerpt(): string;
    private findOpeningExcerpt;
}
