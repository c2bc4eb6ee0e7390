/**
 * Where a very long paragraph may be cut into sections that are read one after another, each
 * giving exactly what it gives as part of the whole paragraph, so that memory holds one section's
 * tokens, tree and records instead of the paragraph's (a draft of a hundred thousand lines with no
 * label the lexer takes is one paragraph).
 *
 * A cut falls at a line start, with every bracket closed, outside struck text, once the
 * paragraph's opening prose (the excerpt of annotations with no prose before them) is known, and
 * either
 * - right after a `;` outside brackets, where a segment of unbracketed attributions ends, or
 * - before a line that starts with prose or a bracket (after strike marks or emphasis at most),
 *   so that the segment going on over the cut gains no leading codes there, and
 *   - where annotations follow their text (the Kyoto notation): not right after a code, and in a
 *     segment (outside brackets, since the last `;` there) that does not start with codes (whose
 *     reading turns on all of the segment) and holds no remark (a parenthesis right after a code:
 *     a code list goes on over it, to a parenthesis or code on the next line, and an annotation in
 *     it would come before the label that holds it). The label being read at the cut (the prose
 *     after the last group that yields a mention, or after a colon) is carried into the next section;
 *   - where annotations open their bracket: right after a group that ends in known codes alone
 *     (`[FRA, BEL]`, `(delete: RUS)`, `[x; y: EGY]`), which always yields a mention and so ends
 *     any label, with no code or colon outside brackets since the last `;` there.
 *
 * Then no group and no code list goes on over the cut, and strike marks pair up within each
 * section. What the stance rules look back at across it (whether the text an annotation is
 * attached to is struck, where its excerpt starts, the label that goes on) is carried from section
 * to section (ParagraphTokens' SectionCarry).
 */
import type { IToken } from 'chevrotain';
/**
 * A paragraph is cut only once its section holds this many tokens (about 25 KB of draft): few
 * enough that a section's tokens, tree and records are gone before the collector moves them to
 * the heap's old space, where garbage waits longer.
 */
export declare const SECTION_TOKENS: number;
/**
 * What is decided about a block or paragraph from its start is decided within this many tokens
 * (a little more than 100 KB of draft, docs/notation.md): a longer block is neither a heading nor
 * a note, and a paragraph's opening excerpt is read from its first this many tokens.
 */
export declare const LOOK_AHEAD_TOKENS: number;
/** Whether a code-shaped word is a known code (chunk-kinds.ts's IsCode; not imported, which would make an import circle). */
type IsCode = (raw: string) => boolean;
/** An opener still open LOOK_AHEAD_TOKENS tokens on, as the paragraph reads it: text. */
export declare function asLongOpenerText(opener: IToken): IToken;
/** Whether `token` is an opener asLongOpenerText made text. */
export declare const isLongOpener: (token: IToken) => boolean;
export declare class SectionCuts {
    private readonly isCode;
    private readonly startLine;
    private readonly carriesLabels;
    private s;
    /** The state where the section being read starts, read again from when an opener is read as text. */
    private sectionStart;
    /**
     * `startLine`: the paragraph's own first line (headings before it hold no opening prose).
     * `carriesLabels`: a label may go on over a cut (SectionCarry's `label`).
     */
    constructor(isCode: IsCode, startLine: number, carriesLabels: boolean);
    add(tokens: readonly IToken[]): void;
    /** The section read so far is given out: the next one starts here. */
    cut(): void;
    /**
     * The brackets not closed on their own line and still open LOOK_AHEAD_TOKENS tokens after they
     * opened, whether closed since or not: each is read as text (asLongOpenerText), so that a bracket
     * never closed does not hold the rest of its paragraph. Found token by token, so that where a
     * section is cut changes nothing.
     */
    longOpeners(): readonly IToken[];
    /** Reads the section again from its start: `tokens`, the section's, with some of its openers now text. */
    readAgain(tokens: readonly IToken[]): void;
    /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
    canCutBefore(line: readonly IToken[]): boolean;
    private addOne;
    /** A token outside brackets: how the segment it is in starts (segmentStart). */
    private readSegmentStart;
    /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
    private readOpening;
}
export {};
