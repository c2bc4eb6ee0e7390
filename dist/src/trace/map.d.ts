/**
 * Stage 2: the paragraph map. Each draft paragraph of declaration text is looked up in a trigram
 * index of the later paragraphs (candidates first, so no all-pairs comparison), then each
 * candidate is judged by the rarity-weighted share of its trigrams that the draft paragraph holds
 * (how much of the later paragraph comes from it) and of the draft's trigrams it holds.
 */
import type { DraftParagraph } from './draft.js';
import type { LaterParagraph } from './later.js';
import type { TrigramIndex, WordIndex } from './ngrams.js';
import type { ParagraphLink, Relation } from './types.js';
export interface MapOptions {
    /** Least share of a later paragraph's trigram weight the draft must hold to link (default 0.12). */
    minContained?: number;
    /** ...or least share of the draft's own weight found in the later paragraph (default 0.15). */
    minCovers?: number;
    /** The best candidate links anyway when the rarity of the trigrams they share reaches this (default 8: two rare trigrams). */
    minWeight?: number;
    /** Least similarity for a paragraph new as a whole (ALT, Bis, NEW) to link at all (default 0.15). */
    minWhole?: number;
    /** Use the texts' order to choose between candidates (default true); see applyOrder. */
    order?: boolean;
}
export interface DraftLinks {
    draft: DraftParagraph;
    /** Linked later paragraphs (indices into the later list), best first, with their similarity. */
    links: {
        later: number;
        similarity: number;
    }[];
    relation: Relation;
}
/** The words a draft paragraph offers for the map: every word, struck or not, and the wording proposed in labels. */
export declare function draftNorms(dp: DraftParagraph): string[];
/** The words a draft paragraph holds, struck or not, without the labels' wording (the base alignment's view). */
export declare function textNorms(dp: DraftParagraph): string[];
export declare function mapParagraphs(drafts: DraftParagraph[], later: LaterParagraph[], index: TrigramIndex, options?: MapOptions, words?: WordIndex): DraftLinks[];
export declare function toLinks(results: DraftLinks[], later: LaterParagraph[]): ParagraphLink[];
