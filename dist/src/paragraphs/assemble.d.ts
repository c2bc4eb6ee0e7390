/**
 * From chunks to paragraphs (NOTATION.md, "Paragraphs and their IDs"). A chunk is a new
 * labelled paragraph, or else, in this order: a heading (its tokens go to the next
 * paragraph), a note or a continuation (both go to the previous paragraph), or an
 * unlabelled paragraph (`PPn` inside a preamble, `L<line>` elsewhere).
 *
 * Each chunk is first given a *place* (placeOf, pure: it reads the chunk and the reading so far
 * and changes nothing); the place is then carried out (assembleParagraphs).
 */
import type { IToken } from 'chevrotain';
import type { Paragraph } from '../types.js';
import type { Chunk } from './chunks.js';
import { type IsCode } from './chunk-kinds.js';
/** A paragraph as assembled, before it is parsed: the public Paragraph's fields plus its tokens. */
export interface DraftParagraph extends Omit<Paragraph, 'file' | 'text'> {
    /**
     * Tokens of the paragraph, its notes and continuations, and the headings before it; of one
     * section, when the paragraph comes in several (sections.ts).
     */
    tokens: IToken[];
    /** Earlier sections of this paragraph were given out. */
    continued: boolean;
    /** This is the paragraph's last section (its endLine is final). */
    complete: boolean;
}
/** How a long paragraph is cut into sections (sections.ts). */
export interface SectionOptions {
    /** The fewest tokens of a section (SECTION_TOKENS, or fewer in tests). */
    tokens: number;
    /** A label may go on over a cut: its reader carries it (annotations that follow their text). */
    carriesLabels: boolean;
}
/**
 * The paragraphs of a file's chunks, each given out once the next one opens (a note or a
 * continuation may still join it until then). `fileHasChapeau`: hasChapeau(text). A paragraph
 * longer than `sections.tokens` tokens is given out in sections, where sections.ts allows a cut.
 */
export declare function assembleParagraphs(chunks: Iterable<Chunk>, isCode: IsCode, fileHasChapeau: boolean, sections: SectionOptions): Generator<DraftParagraph>;
