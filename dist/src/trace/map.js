import { isWording } from './proposals.js';
import { normalWords } from './words.js';
/** The words a draft paragraph offers for the map: every word, struck or not, and the wording proposed in labels. */
export function draftNorms(dp) {
    return dp.items.flatMap((x) => {
        if (x.t === 'word')
            return [x.norm];
        if (x.t === 'ann')
            return x.segments.filter((s) => s.label !== '' && s.stance === 'support' && isWording(s.label)).flatMap((s) => normalWords(s.label));
        return [];
    });
}
/** The words a draft paragraph holds, struck or not, without the labels' wording (the base alignment's view). */
export function textNorms(dp) {
    return dp.items.flatMap((x) => (x.t === 'word' ? [x.norm] : []));
}
export function mapParagraphs(drafts, later, index, options = {}, words) {
    const minContained = options.minContained ?? 0.12;
    const minCovers = options.minCovers ?? 0.15;
    const minWeight = options.minWeight ?? 8;
    const minWhole = options.minWhole ?? 0.15;
    const candidatesOf = drafts.map((draft) => index.candidates(draftNorms(draft)));
    const results = drafts.map((draft, di) => {
        const cands = candidatesOf[di];
        const links = cands
            .filter((c, rank) => c.shared >= 2 && (c.contained >= minContained || c.covers >= minCovers || (rank === 0 && c.weight >= minWeight)))
            .map((c) => ({ later: c.doc, similarity: Math.max(c.contained, c.covers), weight: c.weight }))
            .sort((a, b) => b.weight - a.weight || b.similarity - a.similarity);
        // Keep links within reach of the best one: a strong main target does not drag weak echoes in.
        const best = Math.max(0, ...links.map((l) => l.similarity));
        // A paragraph new as a whole (ALT, Bis, NEW) either made it, with a clear match, or was dropped:
        // weak echoes of common phrases do not make it survive.
        if (draft.whole && best < minWhole)
            return { draft, links: [], relation: 'dropped' };
        const kept = links.filter((l) => l.similarity >= best * 0.3).slice(0, 8);
        return { draft, links: kept.map(({ later, similarity }) => ({ later, similarity: round(similarity) })), relation: 'dropped' };
    });
    applyOrder(results, candidatesOf, options.order ?? true, words);
    // Relations: split when several targets; kept when one, similar from 0.6; merged when it also
    // draws on other draft paragraphs; else rewritten.
    const sources = new Map();
    for (const r of results)
        for (const l of r.links)
            sources.set(l.later, (sources.get(l.later) ?? 0) + 1);
    for (const r of results) {
        if (r.links.length === 0)
            r.relation = 'dropped';
        else if (r.links.length > 1)
            r.relation = 'split';
        else if (r.links[0].similarity >= 0.6)
            r.relation = 'kept';
        else
            r.relation = (sources.get(r.links[0].later) ?? 0) > 1 ? 'merged' : 'rewritten';
    }
    return results;
}
export function toLinks(results, later) {
    return results.flatMap((r) => r.links.length === 0
        ? [{ draftParagraph: r.draft.id, draftLine: r.draft.line, laterParagraph: null, laterLine: null, relation: 'dropped', similarity: 0 }]
        : r.links.map((l) => ({
            draftParagraph: r.draft.id, draftLine: r.draft.line, laterParagraph: later[l.later].id, laterLine: later[l.later].line,
            relation: r.relation, similarity: l.similarity,
        })));
}
const round = (x) => Math.round(x * 1000) / 1000;
/**
 * The order prior: a later text keeps most of the draft's order. Anchors are the draft's own
 * (not ALT or new) paragraphs whose first link is clear (similarity 0.3 or more), kept when they
 * form the longest run increasing in both texts. A paragraph whose first link lies outside the
 * span between the anchors around it, while a candidate sharing at least two trigrams and half its
 * rarity lies inside, gets that candidate first (PP4 -> PP4 between PP3 -> PP3 and the OPs).
 */
function applyOrder(results, candidatesOf, enabled, words) {
    if (!enabled)
        return;
    const anchors = results
        .map((r, i) => ({ i, later: r.links[0]?.later ?? -1, ok: !r.draft.whole && (r.links[0]?.similarity ?? 0) >= 0.3 }))
        .filter((a) => a.ok);
    // Longest increasing subsequence of the anchors' later positions.
    const tails = [];
    const prev = new Array(anchors.length).fill(-1);
    anchors.forEach((a, k) => {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (anchors[tails[mid]].later < a.later)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            prev[k] = tails[lo - 1];
        tails[lo] = k;
    });
    const chain = new Set();
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k])
        chain.add(anchors[k].i);
    const anchorLater = new Map();
    for (const a of anchors)
        if (chain.has(a.i))
            anchorLater.set(a.i, a.later);
    results.forEach((r, i) => {
        if (anchorLater.has(i) || r.draft.whole)
            return;
        let lo = -1;
        let hi = Number.POSITIVE_INFINITY;
        for (let k = i - 1; k >= 0; k--)
            if (anchorLater.has(k)) {
                lo = anchorLater.get(k);
                break;
            }
        for (let k = i + 1; k < results.length; k++)
            if (anchorLater.has(k)) {
                hi = anchorLater.get(k);
                break;
            }
        const inside = (later) => later >= lo && later <= hi + 1;
        const first = r.links[0];
        if (first && inside(first.later))
            return;
        const top = candidatesOf[i][0];
        const pick = candidatesOf[i].find((c) => inside(c.doc) && c.shared >= 2 && c.weight >= 0.5 * (top?.weight ?? 0));
        if (pick) {
            r.links = [{ later: pick.doc, similarity: round(Math.max(pick.contained, pick.covers)) }, ...r.links.filter((l) => l.later !== pick.doc)];
            return;
        }
        // No trigram candidate between the anchors: the paragraph there sharing the most rare words,
        // when it shares at least 60 % of what the best paragraph anywhere shares.
        if (!words || hi === Number.POSITIVE_INFINITY || lo < 0)
            return;
        const byWords = words.candidates(draftNorms(r.draft));
        const wordPick = byWords.find((c) => inside(c.doc));
        if (!wordPick || wordPick.weight < 0.6 * (byWords[0]?.weight ?? 0))
            return;
        const trigram = candidatesOf[i].find((c) => c.doc === wordPick.doc);
        r.links = [{ later: wordPick.doc, similarity: round(trigram ? Math.max(trigram.contained, trigram.covers) : 0) }, ...r.links.filter((l) => l.later !== wordPick.doc)];
    });
}
