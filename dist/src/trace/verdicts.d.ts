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
    /** Least rarity (summed idf of its content words) for wording to be looked for outside the mapped paragraphs (default 3). */
    rarity?: number;
    /** Least coverage a match outside the mapped paragraphs must reach to count (default 0.15; 0.5 when the draft paragraph was dropped). */
    elsewhere?: number;
    /** A short match elsewhere whose content words stand together in more later paragraphs than this is a stock phrase (default 2). */
    stock?: number;
    /** ...or when its words' rarity beyond the words met all over the later text (summed idf above 2) reaches this (default 2). */
    distinctive?: number;
    /** Wording with at least this many content words survives in part through one distinctive clause (default 4). */
    longWording?: number;
    /** A replacement whose original stands is `no` when less than this share of its own words is found (default 0.5). */
    ownFound?: number;
}
export declare function judge(p: DraftProposal, linked: number[], later: LaterParagraph[], words: WordIndex, options?: VerdictOptions): Verdict;
/**
 * The positions of the words of `text` inside names: runs of three or more capitalised words, with
 * connectors between them (`United Nations Convention against Transnational Organized Crime`,
 * `2030 Agenda for Sustainable Development`). Empty when the words do not line up with the norms.
 */
export declare function nameWords(text: string, count: number): Set<number>;
