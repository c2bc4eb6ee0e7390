/**
 * The fold: characters that look like the notation's but are not, read as the transcriber meant
 * before the text is lexed (NOTATION.md, "Characters that are not what they look like"):
 *
 * - invisible characters (Unicode's Default_Ignorable_Code_Point: U+200B, U+200E/F, U+FEFF,
 *   U+00AD, U+2060, …) are removed;
 * - spaces other than U+0020 and U+00A0 (U+3000, U+202F, U+2003, …) become a space;
 * - compatibility forms whose NFKC form is a Latin letter or a mark of the notation
 *   (fullwidth `，` `［` `Ｆ`) become that letter or mark;
 * - in a 2- or 3-letter word that mixes Latin letters with letters of another script, each letter
 *   Unicode's confusables table (UTS #39, data of the unhomoglyph package) gives a Latin
 *   look-alike becomes that Latin letter (`FRА` with a Cyrillic А).
 *
 * Line ends are never changed, so line numbers stay those of the text as written; each change is
 * kept, so that offsets and columns are mapped back (FoldedText.remap) and `check` can report it.
 */
import type { IToken } from 'chevrotain';
export type CharacterRule = 'invisible-character' | 'unusual-space' | 'compatibility-form' | 'confusable-character';
/** One character of the text as written, read as another (or as nothing). */
export interface CharacterChange {
    /** Where the reading stands in the folded text: [from, to). */
    readonly from: number;
    readonly to: number;
    /** Where the character stands in the text as written: [writtenFrom, writtenTo). */
    readonly writtenFrom: number;
    readonly writtenTo: number;
    /** 1-based line and column (in characters) of the character as written. */
    readonly line: number;
    readonly column: number;
    readonly rule: CharacterRule;
    readonly written: string;
    readonly read: string;
    /** Characters as written minus characters as read, summed over the changes of its line up to this one. */
    readonly columnShift: number;
}
/**
 * The Latin letter a non-Latin letter looks like, by Unicode's confusables table, or null. The
 * table's prototype of the vertical stroke is `l`; an upper-case letter of that class reads as `I`.
 */
export declare function latinLookAlike(char: string): string | null;
/** A text as written and as read (folded), with the changes between them. */
export declare class FoldedText {
    readonly written: string;
    readonly text: string;
    private readonly changes;
    /** Tokens remap has placed: each is placed once, whichever paragraphs it is given with. */
    private readonly placed;
    private constructor();
    /** How many characters the fold changed. */
    get changeCount(): number;
    static of(written: string): FoldedText;
    /** The last change at or before folded offset `offset` (strictly before when `end`), or -1. */
    private changeBefore;
    private writtenTo;
    /** A folded offset as an offset of the text as written: a start skips invisible characters before it, an end does not take them in. */
    writtenOffset(offset: number, end?: boolean): number;
    /**
     * Tokens lexed from the folded text, placed in the text as written: the offset and column of
     * their start, and (`endOffset`, inclusive) of their end. Their images stay as read (`FRA`).
     */
    remap(tokens: IToken[]): IToken[];
    /** The indexes [start, end) of the changes whose character as written starts in [from, to). */
    changeIndexes(from: number, to: number): [number, number];
    /** Where change `i`'s character as written starts and ends. */
    writtenSpan(i: number): [number, number];
    /** Change `i` in full. */
    change(i: number): CharacterChange;
}
/** Where a token ends (exclusive) in the text as written: its image's length on unless the fold changed it. */
export declare const tokenEnd: (token: IToken) => number;
/** A piece of text as read: what the fold makes of it (a label, read for its stance). */
export declare const readAs: (written: string) => string;
