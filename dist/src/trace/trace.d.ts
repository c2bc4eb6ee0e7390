import { type DraftParagraph } from './draft.js';
import { type LaterParagraph } from './later.js';
import { TrigramIndex } from './ngrams.js';
import type { TraceOptions, TraceResult, TraceText } from './types.js';
export declare function traceDrafts(draft: TraceText, later: TraceText, options?: TraceOptions): TraceResult;
/**
 * For each item of a draft paragraph, whether it is a word the base text lacks (new wording),
 * when the paragraph has a counterpart in the base (most of the base paragraph's trigrams are in
 * the draft's wording, struck or not). Null when it has none (ALT and new paragraphs).
 */
export declare function addedWords(dp: DraftParagraph, base: LaterParagraph[], baseIndex: TrigramIndex): boolean[] | null;
