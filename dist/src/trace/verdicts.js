/**
 * Stage 4: verdicts. A proposal's wording, with a few words of draft context on each side to
 * anchor short wording, is aligned (Smith-Waterman over normalised words) against the later
 * paragraphs its draft paragraph maps to, and against the best other candidates the trigram
 * index offers (wording moves: a clause of OP1 may end up in the economic paragraph 19).
 * The score is the weighted share of the proposal's words matched (a word weighs by its rarity in
 * the later text, 0.3 to 1.3; function words 0.15). Insert, replace, new paragraph: `yes` from 0.7, `partly` from 0.25; `yes` found only
 * outside the mapped paragraphs counts as `partly` (another context). Delete: the struck
 * wording's share found in the mapped paragraphs; `yes` (it is gone) up to 0.3, `no` from 0.7.
 */
import { localAlign } from './align.js';
import { isStopword, normalWords } from './words.js';
export function judge(p, linked, later, words, options = {}) {
    const yes = options.yes ?? 0.6;
    const partly = options.partly ?? 0.15;
    const weights = p.norms.map((w) => words.weight(w));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const coverageOf = (covered) => [...covered].reduce((s, i) => s + weights[i], 0) / total;
    const isDelete = p.kind === 'delete';
    const before = isDelete ? [] : p.before;
    const after = isDelete ? [] : p.after;
    const window = [...before, ...p.norms, ...after];
    const lo = before.length;
    const hi = lo + p.norms.length;
    // Wording of at most one content word (`to`, `including`, `central`) is only where its context is.
    const content = p.norms.filter((w) => !isStopword(w));
    const light = content.length <= 1;
    const rarity = content.reduce((sum, w) => sum + words.idf(w), 0);
    const alignTo = (f) => {
        const al = localAlign(window, later[f].norms);
        const covered = new Set();
        const contextMatched = al.matchedA.filter((a) => a < lo || a >= hi).length;
        if (al.score >= 3 && (!light || contextMatched >= (content.length === 0 ? 2 : 1)))
            for (const a of al.matchedA)
                if (a >= lo && a < hi)
                    covered.add(a - lo);
        const hit = { later: f, covered, coverage: coverageOf(covered), bStart: al.bStart, bEnd: al.bEnd, score: al.score };
        if (light || (lo === 0 && hi === window.length) || hit.coverage >= 0.99)
            return hit;
        // The context can pull the alignment to where the Chair's words stand and the proposal's do
        // not: the proposal alone is aligned too, and the better coverage kept.
        const alone = localAlign(p.norms, later[f].norms);
        if (alone.score < 3)
            return hit;
        const own = new Set(alone.matchedA);
        const coverage = coverageOf(own);
        return coverage > hit.coverage ? { later: f, covered: own, coverage, bStart: alone.bStart, bEnd: alone.bEnd, score: alone.score } : hit;
    };
    const linkedHits = linked.map(alignTo);
    let others = [];
    // Wording that moved: looked for elsewhere when it is rare enough to mean something there.
    // (Not needed when the mapped paragraphs hold nearly all of it: a match elsewhere must beat them by 0.1.)
    const linkedMax = Math.max(0, ...linkedHits.map((h) => h.coverage));
    if (rarity >= (options.rarity ?? 3) && linkedMax < 0.9) {
        const seen = new Set(linked);
        others = words.candidates(window).filter((c) => !seen.has(c.doc)).slice(0, 8).map((c) => alignTo(c.doc));
        // A deletion's wording found elsewhere counts only as a real stretch (three content words).
        if (isDelete)
            others = others.filter((h) => [...h.covered].filter((i) => !isStopword(p.norms[i])).length >= 3);
    }
    // Union over the mapped paragraphs (a split paragraph's wording is spread over several).
    const union = new Set();
    for (const h of linkedHits)
        if (h.coverage >= 0.15 || h.covered.size >= 3)
            for (const i of h.covered)
                union.add(i);
    const linkedBest = best(linkedHits);
    // A paragraph that was dropped keeps a proposal alive only through a clear match elsewhere.
    const elsewhereMin = linked.length === 0 ? 0.5 : options.elsewhere ?? 0.15;
    const otherBest = best(others.filter((h) => h.coverage >= elsewhereMin));
    const unionCoverage = coverageOf(union);
    let score = Math.max(unionCoverage, linkedBest?.coverage ?? 0);
    let shown = linkedBest;
    let elsewhere = false;
    if (otherBest && otherBest.coverage > score + 0.1) {
        score = otherBest.coverage;
        shown = otherBest;
        elsewhere = true;
    }
    let survived;
    if (isDelete) {
        // A long deletion is achieved only when next to nothing of it is left; a deletion of the
        // whole paragraph fails when the paragraph lives on in good part.
        const long = content.length >= 10;
        const gone = options.deleteYes ?? (long ? 0.05 : 0.2);
        const stays = options.deleteNo ?? (p.wholeParagraph ? 0.25 : 0.7);
        survived = score <= gone ? 'yes' : score >= stays ? 'no' : 'partly';
    }
    else {
        survived = score >= yes ? (elsewhere ? 'partly' : 'yes') : score >= partly ? 'partly' : 'no';
        // A replacement that left little trace where the wording it replaced stands in full: the original held.
        if (survived === 'partly' && score < 0.3 && p.original !== '' && linkedBest) {
            const original = normalWords(p.original);
            const ow = original.map((w) => words.weight(w));
            const al = localAlign(original, later[linkedBest.later].norms);
            const held = al.matchedA.reduce((sum, i) => sum + ow[i], 0) / (ow.reduce((a, b) => a + b, 0) || 1);
            if (held >= 0.7)
                survived = 'no';
        }
    }
    const target = shown && (shown.covered.size > 0 || survived === 'no') ? shown : linkedHits[0] ?? null;
    const f = target ? later[target.later] : null;
    let laterText = '';
    if (f && target && target.bEnd > target.bStart)
        laterText = f.text.slice(f.starts[target.bStart], f.ends[target.bEnd - 1]);
    return {
        survived,
        laterParagraph: f?.id ?? null,
        laterLine: f?.line ?? null,
        laterText,
        score: Math.round(score * 1000) / 1000,
        linkedScore: Math.round(Math.max(unionCoverage, linkedBest?.coverage ?? 0) * 1000) / 1000,
        elsewhereScore: Math.round((otherBest?.coverage ?? 0) * 1000) / 1000,
    };
}
function best(hits) {
    let out = null;
    for (const h of hits)
        if (!out || h.coverage > out.coverage || (h.coverage === out.coverage && h.score > out.score))
            out = h;
    return out;
}
