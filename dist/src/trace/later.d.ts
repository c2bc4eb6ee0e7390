/**
 * Stage 1: the later text's paragraphs. They come from `parseDraft`, and get IDs by the same rules
 * as a draft's, refined for an adopted text: a list item (`- 8. …`, `- We …`) starts a paragraph
 * even inside a parsed block; a written number (`8.`, `5bis.`, `67bis.`) is the ID (`8`, `5bis`,
 * `67bis`, then `67bis#2`); a paragraph that lost its number is `L<line>`; the preamble keeps
 * `PP1`… Every paragraph carries its start line, so a reader finds it whatever its ID. Headings
 * (a short line without closing punctuation) are left out. Struck text (`~~…~~`) is not part of it.
 */
import type { LineRange, TraceText } from './types.js';
export interface LaterParagraph {
    id: string;
    /** 1-based line the paragraph starts on, and the last line. */
    line: number;
    endLine: number;
    /** The wording: markup, struck text and the written number removed. */
    text: string;
    /** Its words as written and their normal forms (same length). */
    words: string[];
    norms: string[];
    /** Where each word starts and ends in `text`. */
    starts: number[];
    ends: number[];
}
export declare function laterParagraphs(input: TraceText, range?: LineRange): LaterParagraph[];
/** A title: few words, no closing punctuation. */
export declare function isHeading(text: string): boolean;
