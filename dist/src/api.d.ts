import { type DecodedDraft } from './decode/decode-draft.js';
import { type CodeTable } from './records/codes.js';
import { type Vocabulary } from './records/vocabulary.js';
import type { NotationProfile } from './profiles/profile.js';
import type { Paragraph, ParseResult } from './types.js';
/** How parseDraft, readDraft and checkDraft read a draft: the name its records carry, and the tables for codes and stances. */
export interface ParseOptions {
    /** The name records carry in their `file` column (`-` for standard input). */
    file?: string;
    /** Code table; defaults to the shipped aliases and groups. */
    codes?: CodeTable;
    /** Stance vocabulary; defaults to the shipped one. */
    vocabulary?: Vocabulary;
    /**
     * Lines where the decoder replaced invalid bytes, reported as `invalid-encoding`: a
     * DecodedDraft's own by default.
     */
    invalidLines?: readonly number[];
    /** The notation the draft is written in (detectNotation, shippedProfile, or a user's); default: the Kyoto notation. */
    notation?: NotationProfile;
}
/** One paragraph as read: the paragraph, and its annotations, records and diagnostics, each sorted by position. */
export interface ParagraphResult {
    paragraph: Paragraph;
    annotations: ParseResult['annotations'];
    records: ParseResult['records'];
    diagnostics: ParseResult['diagnostics'];
}
/** A draft read one paragraph at a time (readDraft). */
export interface DraftReading {
    /**
     * The paragraphs in order, each read when it is reached, so a caller that writes each one
     * out holds one paragraph's records at a time. Where paragraphs follow one another in the
     * text (inTextOrder), their records and annotations, concatenated, are sorted by position too. One pass only:
     * a second iteration yields nothing (call readDraft again).
     */
    paragraphs: IterableIterator<ParagraphResult>;
    /**
     * The file's diagnostics found so far, in position order: its own (bytes the decoder replaced)
     * and those of the paragraphs read. Once `paragraphs` has been read to its end, all of them
     * (isComplete() says whether it has). A plain function: it may be passed on unbound.
     */
    diagnostics(): ParseResult['diagnostics'];
    /** Whether `paragraphs` has been read to its end, so that diagnostics() holds them all. */
    isComplete(): boolean;
    /**
     * Whether the paragraphs come in the text's order, as they do in the Kyoto notation; a
     * profile's page layout reads a page-foot footnote with the paragraph of its mark, earlier on.
     */
    inTextOrder: boolean;
}
/**
 * Orders records, annotations and diagnostics by line, then column.
 *
 * @example
 * ```ts
 * const everything = [...result.records, ...result.diagnostics].sort(byPosition);
 * ```
 */
export declare const byPosition: (a: {
    line: number;
    column: number;
}, b: {
    line: number;
    column: number;
}) => number;
/**
 * Reads one draft, the whole pipeline at once: its paragraphs, annotations, stance records and diagnostics.
 *
 * Only a string (or a DecodedDraft) is needed: no file is read, so it runs in a browser as in Node.
 *
 * @example
 * ```ts
 * const { records, diagnostics } = parseDraft('1. Strengthen cooperation [FRA,UK; delete:RUS]\n', { file: 'draft.txt' });
 * records.map((r) => `${r.country} ${r.stance}`); // ['FRA support', 'GBR support', 'RUS delete']
 * ```
 */
export declare function parseDraft(input: string | DecodedDraft, options?: ParseOptions): ParseResult;
/**
 * Reads one draft paragraph by paragraph: what parseDraft returns, in parts, each read when it is reached.
 *
 * @example
 * ```ts
 * const reading = readDraft(text, { file: 'draft.txt' });
 * for (const { paragraph, records } of reading.paragraphs) console.log(paragraph.id, records.length);
 * console.log(reading.diagnostics().length);
 * ```
 */
export declare function readDraft(input: string | DecodedDraft, options?: ParseOptions): DraftReading;
/** A part of a paragraph as read: the whole paragraph, or one section of a very long one (src/paragraphs/sections.ts). */
export interface SectionResult extends ParagraphResult {
    /** The paragraph's last section: its paragraph's endLine and text are final. */
    complete: boolean;
}
/**
 * readDraft with a very long paragraph given out in sections, each with the paragraph (the same
 * object, final once `complete`) and its own annotations, records and diagnostics, so that a
 * caller that writes as it reads holds one section at a time. Concatenated, a paragraph's
 * sections give what readDraft gives for it. `sectionTokens`: the fewest tokens of a section
 * (the tests cut at every place allowed).
 */
export declare function readSections(input: string | DecodedDraft, options?: ParseOptions, sectionTokens?: number): Omit<DraftReading, 'paragraphs'> & {
    sections: IterableIterator<SectionResult>;
};
