export declare const N = 3;
/** The distinct trigrams of a word sequence (keys `a b c`); all-function-word trigrams left out. */
export declare function trigrams(norms: readonly string[]): Set<string>;
export declare class TrigramIndex {
    private readonly postings;
    private readonly totals;
    readonly size: number;
    constructor(docs: readonly (readonly string[])[]);
    /** Rarity of a trigram among the indexed paragraphs: ln(1 + n / df). */
    idf(g: string): number;
    /** Total rarity of a document's trigrams. */
    total(d: number): number;
    /**
     * The documents sharing trigrams with the query: for each, the rarity-weighted share of the
     * document's trigrams the query holds (`contained`), of the query's trigrams the document holds
     * (`covers`) and how many it shares; best first by shared weight.
     */
    candidates(query: readonly string[]): {
        doc: number;
        shared: number;
        weight: number;
        contained: number;
        covers: number;
    }[];
}
/**
 * Words of the later text and the paragraphs holding them: a word's rarity weighs it in a
 * proposal's coverage (`crime`, `justice` are everywhere and say little), and paragraphs holding
 * a proposal's rare words are candidates for wording that moved (`border control` -> 55bis).
 */
export declare class WordIndex {
    private readonly postings;
    readonly size: number;
    private readonly maxIdf;
    constructor(docs: readonly (readonly string[])[]);
    idf(w: string): number;
    /** A word's weight in coverage: function words 0.15, others 0.3 to 1.3 by rarity. */
    weight(w: string): number;
    /** How many paragraphs hold all these words (a phrase's words found together: is it a stock phrase?). */
    together(ws: Iterable<string>): number;
    /** Paragraphs sharing the query's content words, best first by the rarity they share. */
    candidates(query: readonly string[]): {
        doc: number;
        weight: number;
    }[];
}
