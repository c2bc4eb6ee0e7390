/**
 * Where a very long paragraph may be cut into sections that are read one after another, each
 * giving exactly what it gives as part of the whole paragraph, so that memory holds one section's
 * tokens, tree and records instead of the paragraph's (a draft of a hundred thousand lines with no
 * label the lexer takes is one paragraph).
 *
 * A cut falls before a line that starts with prose (after strike marks or emphasis at most), right after a bracket of codes alone
 * (`[FRA, BEL]`, which always yields a mention and so ends any label), with every bracket closed,
 * outside struck text, with no code or colon outside brackets since the last `;` there, and once
 * the paragraph's opening prose (the excerpt of annotations with no prose before them) is known.
 * Then nothing read in one section looks into another: labels start after the bracket, excerpts
 * and the look-back for struck text stop at it or at the prose, and strike marks pair up within
 * each section.
 */
import type { IToken } from 'chevrotain';
/** A paragraph is cut only once its section holds this many tokens (a little more than 100 KB of draft). */
export declare const SECTION_TOKENS: number;
/** Whether a code-shaped word is a known code (chunk-kinds.ts's IsCode; not imported, which would make an import circle). */
type IsCode = (raw: string) => boolean;
export declare class SectionCuts {
    private readonly isCode;
    private readonly startLine;
    private open;
    private tooDeep;
    private struck;
    /** A code or a colon outside brackets since the last `;` there. */
    private attributed;
    /** The group being read (one level deep) holds only codes and commas, one of them known. */
    private bare;
    private known;
    private endsInBareGroup;
    private opening;
    private openingEnd;
    /** `startLine`: the paragraph's own first line (headings before it hold no opening prose). */
    constructor(isCode: IsCode, startLine: number);
    add(tokens: readonly IToken[]): void;
    /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
    canCutBefore(line: readonly IToken[]): boolean;
    private addOne;
    /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
    private readOpening;
}
export {};
