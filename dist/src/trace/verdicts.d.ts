import type { DraftProposal } from './proposals.js';
import type { LaterParagraph } from './later.js';
import type { WordIndex } from './ngrams.js';
import type { Survival } from './types.js';
export interface Verdict {
    survived: Survival;
    laterParagraph: string | null;
    laterLine: number | null;
    laterText: string;
    score: number;
    /** Diagnostics: the coverage in the mapped paragraphs, and the best elsewhere. */
    linkedScore: number;
    elsewhereScore: number;
}
export interface VerdictOptions {
    yes?: number;
    partly?: number;
    deleteYes?: number;
    deleteNo?: number;
    /** Least rarity (summed idf of its content words) for wording to be looked for outside the mapped paragraphs (default 5). */
    rarity?: number;
    /** Least coverage a match outside the mapped paragraphs must reach to count (default 0.25). */
    elsewhere?: number;
}
export declare function judge(p: DraftProposal, linked: number[], later: LaterParagraph[], words: WordIndex, options?: VerdictOptions): Verdict;
