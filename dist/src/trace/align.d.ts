export interface LocalAlignment {
    /** The alignment's score (matches weigh 2 for content words, 0.6 for function words). */
    score: number;
    /** Positions in `a` matched to a word of `b`. */
    matchedA: number[];
    /** Positions in `b` matched to a word of `a`. */
    matchedB: number[];
    /** The aligned stretch of `b`: [start, end). */
    bStart: number;
    bEnd: number;
}
/** Smith-Waterman over normalised words: the best-scoring local alignment of `a` inside `b`. O(|a|·|b|). */
export declare function localAlign(a: readonly string[], b: readonly string[]): LocalAlignment;
/**
 * For each word of `a`, whether it is matched in a longest common subsequence with `b`, matches
 * taken as early as possible; then short matched runs (under `minRun` words) between unmatched
 * function words (`and`, `the`) between unmatched words are counted unmatched, so an insertion's
 * scattered function words do not cut it in pieces.
 */
export declare function commonWords(a: readonly string[], b: readonly string[], minRun?: number): boolean[];
