/**
 * A draft paragraph read as a stream: words (each struck or not), annotations, and the marks that
 * bound an insertion's wording (strike boundaries, brackets that are text, `/`, sentence ends).
 * Built from the raw text, because `Paragraph.text` has the strikes removed, and from the parser's
 * annotations (their line, column and source), so the tracer reads the notation exactly as the
 * parser does.
 */
import type { Annotation, Paragraph } from '../types.js';
import type { LineRange, TraceText } from './types.js';
import { type SourceText } from './source.js';
export interface WordItem {
    t: 'word';
    raw: string;
    norm: string;
    off: number;
    struck: boolean;
}
export interface SegmentInfo {
    label: string;
    stance: 'support' | 'oppose' | 'delete' | 'other';
    /** Canonical codes. */
    codes: string[];
}
export interface AnnotationItem {
    t: 'ann';
    annotation: Annotation;
    off: number;
    end: number;
    struck: boolean;
    segments: SegmentInfo[];
    /** For an annotation that encloses wording (`[wording …; delete until here: X]`): the index of its `open` mark. */
    openIndex: number | null;
}
export interface MarkItem {
    t: 'strike' | 'open' | 'close' | 'slash' | 'stop';
    off: number;
}
export type Item = WordItem | AnnotationItem | MarkItem;
export interface DraftParagraph {
    paragraph: Paragraph;
    id: string;
    line: number;
    endLine: number;
    items: Item[];
    /** Declaration text (not a title, a stray note or an editor's line). */
    declaration: boolean;
    /** A paragraph that is new wording as a whole: an `ALT`, `Bis`, `NEW` label, or an unlabelled proposal. */
    whole: boolean;
    /** The paragraph's wording is an alternative to another (`ALT`). */
    alternative: boolean;
}
/** The draft's paragraphs within `range`, read as streams. */
export declare function draftParagraphs(input: TraceText, range?: LineRange): {
    src: SourceText;
    paragraphs: DraftParagraph[];
};
