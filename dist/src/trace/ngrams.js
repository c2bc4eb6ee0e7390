/**
 * An inverted index of word trigrams over a set of paragraphs: the candidates for an alignment are
 * the paragraphs that share rare trigrams with the query, found in time proportional to the
 * query's length, so tracing grows near-linearly with the texts (alignment runs on candidates only).
 */
import { isStopword } from './words.js';
export const N = 3;
/** The distinct trigrams of a word sequence (keys `a b c`); all-function-word trigrams left out. */
export function trigrams(norms) {
    const out = new Set();
    for (let i = 0; i + N <= norms.length; i++) {
        if (isStopword(norms[i]) && isStopword(norms[i + 1]) && isStopword(norms[i + 2]))
            continue;
        out.add(`${norms[i]} ${norms[i + 1]} ${norms[i + 2]}`);
    }
    return out;
}
export class TrigramIndex {
    postings = new Map();
    totals = [];
    size;
    constructor(docs) {
        this.size = docs.length;
        docs.forEach((norms, d) => {
            for (const g of trigrams(norms)) {
                const list = this.postings.get(g);
                if (list)
                    list.push(d);
                else
                    this.postings.set(g, [d]);
            }
        });
        docs.forEach((norms) => {
            let total = 0;
            for (const g of trigrams(norms))
                total += this.idf(g);
            this.totals.push(total);
        });
    }
    /** Rarity of a trigram among the indexed paragraphs: ln(1 + n / df). */
    idf(g) {
        const df = this.postings.get(g)?.length ?? 0;
        return Math.log(1 + this.size / Math.max(1, df));
    }
    /** Total rarity of a document's trigrams. */
    total(d) {
        return this.totals[d];
    }
    /**
     * The documents sharing trigrams with the query: for each, the rarity-weighted share of the
     * document's trigrams the query holds (`contained`), of the query's trigrams the document holds
     * (`covers`) and how many it shares; best first by shared weight.
     */
    candidates(query) {
        const grams = trigrams(query);
        let queryTotal = 0;
        const weight = new Map();
        const shared = new Map();
        for (const g of grams) {
            const idf = this.idf(g);
            queryTotal += idf;
            for (const d of this.postings.get(g) ?? []) {
                weight.set(d, (weight.get(d) ?? 0) + idf);
                shared.set(d, (shared.get(d) ?? 0) + 1);
            }
        }
        return [...weight.entries()]
            .map(([doc, w]) => ({
            doc, shared: shared.get(doc) ?? 0, weight: w,
            contained: this.totals[doc] > 0 ? w / this.totals[doc] : 0,
            covers: queryTotal > 0 ? w / queryTotal : 0,
        }))
            .sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    }
}
/**
 * Words of the later text and the paragraphs holding them: a word's rarity weighs it in a
 * proposal's coverage (`crime`, `justice` are everywhere and say little), and paragraphs holding
 * a proposal's rare words are candidates for wording that moved (`border control` -> 55bis).
 */
export class WordIndex {
    postings = new Map();
    size;
    maxIdf;
    constructor(docs) {
        this.size = docs.length;
        docs.forEach((norms, d) => {
            for (const w of new Set(norms)) {
                const list = this.postings.get(w);
                if (list)
                    list.push(d);
                else
                    this.postings.set(w, [d]);
            }
        });
        this.maxIdf = Math.log(1 + this.size);
    }
    idf(w) {
        return Math.log(1 + this.size / Math.max(1, this.postings.get(w)?.length ?? 0));
    }
    /** A word's weight in coverage: function words 0.15, others 0.3 to 1.3 by rarity. */
    weight(w) {
        return isStopword(w) ? 0.15 : 0.3 + this.idf(w) / this.maxIdf;
    }
    /** How many paragraphs hold all these words (a phrase's words found together: is it a stock phrase?). */
    together(ws) {
        let common = null;
        for (const w of new Set(ws)) {
            const list = this.postings.get(w) ?? [];
            common = common === null ? new Set(list) : new Set(list.filter((d) => common.has(d)));
            if (common.size === 0)
                return 0;
        }
        return common?.size ?? 0;
    }
    /** Paragraphs sharing the query's content words, best first by the rarity they share. */
    candidates(query) {
        const score = new Map();
        for (const w of new Set(query)) {
            if (isStopword(w))
                continue;
            const list = this.postings.get(w);
            if (!list || list.length > this.size / 3)
                continue;
            const idf = this.idf(w);
            for (const d of list)
                score.set(d, (score.get(d) ?? 0) + idf);
        }
        return [...score.entries()].map(([doc, weight]) => ({ doc, weight })).sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    }
}
