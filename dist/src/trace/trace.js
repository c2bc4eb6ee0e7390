/**
 * The tracer's entry: `traceDrafts(draft, later, options)` runs the five stages:
 * later paragraphs -> paragraph map -> proposals -> verdicts -> delegations.
 * Pure: no Node built-ins, no I/O; it takes texts and their `parseDraft` results.
 */
import { commonWords } from './align.js';
import { tallyDelegations } from './delegations.js';
import { draftParagraphs } from './draft.js';
import { laterParagraphs } from './later.js';
import { mapParagraphs, textNorms, toLinks } from './map.js';
import { TrigramIndex, WordIndex } from './ngrams.js';
import { extractProposals } from './proposals.js';
import { judge } from './verdicts.js';
export function traceDrafts(draft, later, options = {}) {
    // Stage 1: the later text's paragraphs, indexed by trigrams.
    const laterParas = laterParagraphs(later, options.laterLines);
    const index = new TrigramIndex(laterParas.map((p) => p.norms));
    const words = new WordIndex(laterParas.map((p) => p.norms));
    // The draft, and (optionally) the base text it annotates.
    const { src, paragraphs } = draftParagraphs(draft, options.draftLines);
    const declaration = paragraphs.filter((p) => p.declaration);
    const base = options.base ? laterParagraphs(options.base, options.baseLines) : null;
    const baseIndex = base ? new TrigramIndex(base.map((p) => p.norms)) : null;
    // Stage 2: the map.
    const map = mapParagraphs(declaration, laterParas, index, {}, words);
    const headings = headingProposers(draft, paragraphs);
    // Stages 3 and 4: proposals and verdicts.
    const proposals = [];
    for (const entry of map) {
        const added = base && baseIndex ? addedWords(entry.draft, base, baseIndex) : null;
        const linked = entry.links.map((l) => l.later);
        for (const p of extractProposals(entry.draft, added, src, headings.get(entry.draft.id))) {
            const v = judge(p, linked, laterParas, words);
            proposals.push({
                draftParagraph: p.paragraph.id, line: p.line, column: p.column, codes: p.codes, kind: p.kind, text: p.text,
                survived: v.survived, laterParagraph: v.laterParagraph, laterLine: v.laterLine, laterText: v.laterText, score: v.score,
                opponents: p.opponents, paragraphOpponents: p.paragraphOpponents, original: p.original,
            });
        }
    }
    // Stage 5.
    return { paragraphs: toLinks(map, laterParas), proposals, delegations: tallyDelegations(proposals) };
}
/**
 * For each item of a draft paragraph, whether it is a word the base text lacks (new wording),
 * when the paragraph has a counterpart in the base (most of the base paragraph's trigrams are in
 * the draft's wording, struck or not). Null when it has none (ALT and new paragraphs).
 */
export function addedWords(dp, base, baseIndex) {
    if (dp.whole)
        return null;
    const norms = textNorms(dp);
    const best = baseIndex.candidates(norms).sort((a, b) => b.contained - a.contained)[0];
    if (!best || best.contained < 0.4)
        return null;
    const matched = commonWords(norms, base[best.doc].norms);
    const added = new Array(dp.items.length).fill(false);
    let w = 0;
    dp.items.forEach((x, i) => {
        if (x.t === 'word')
            added[i] = !matched[w++];
    });
    return added;
}
/**
 * Editor's lines naming the proposer of the paragraphs after them (`Proposals from RUS on OP 1 (in
 * lieu of OP6 and OP7)`): each paragraph new as a whole that follows, up to the next paragraph of
 * another kind, gets that proposer (canonical through the draft's own records).
 */
function headingProposers(draft, paragraphs) {
    const canonical = new Map();
    for (const r of draft.parsed.records)
        canonical.set(r.raw.toUpperCase(), r.country);
    const out = new Map();
    let current = [];
    for (const dp of paragraphs) {
        const m = /^\s*Proposals?\s+(?:from|by)\s+([A-Z]{2,3}(?:\s*(?:,|and)\s*[A-Z]{2,3})*)\b/.exec(dp.paragraph.text);
        if (!dp.declaration && m) {
            current = m[1].split(/\s*(?:,|and)\s*/).map((c) => canonical.get(c) ?? c);
            continue;
        }
        if (!dp.whole)
            current = [];
        else if (current.length > 0)
            out.set(dp.id, current);
    }
    return out;
}
