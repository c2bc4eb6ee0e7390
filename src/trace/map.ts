/**
 * Stage 2: the paragraph map. Each draft paragraph of declaration text is looked up in a trigram
 * index of the later paragraphs (candidates first, so no all-pairs comparison), then each
 * candidate is judged by the rarity-weighted share of its trigrams that the draft paragraph holds
 * (how much of the later paragraph comes from it) and of the draft's trigrams it holds.
 */
import type { DraftParagraph } from './draft.js';
import type { LaterParagraph } from './later.js';
import { TrigramIndex } from './ngrams.js';
import type { ParagraphLink, Relation } from './types.js';

export interface MapOptions {
  /** Least share of a later paragraph's trigram weight the draft must hold to link (default 0.12). */
  minContained?: number;
  /** ...or least share of the draft's own weight found in the later paragraph (default 0.15). */
  minCovers?: number;
  /** The best candidate links anyway when the rarity of the trigrams they share reaches this (default 8: two rare trigrams). */
  minWeight?: number;
  /** Use the texts' order to choose between candidates (default true); see applyOrder. */
  order?: boolean;
}

export interface DraftLinks {
  draft: DraftParagraph;
  /** Linked later paragraphs (indices into the later list), best first, with their similarity. */
  links: { later: number; similarity: number }[];
  relation: Relation;
}

/** The words a draft paragraph offers for the map: every word, struck or not, plus proposed wording in labels. */
export function draftNorms(dp: DraftParagraph): string[] {
  return dp.items.flatMap((x) => (x.t === 'word' ? [x.norm] : []));
}

export function mapParagraphs(drafts: DraftParagraph[], later: LaterParagraph[], index: TrigramIndex, options: MapOptions = {}): DraftLinks[] {
  const minContained = options.minContained ?? 0.12;
  const minCovers = options.minCovers ?? 0.15;
  const minWeight = options.minWeight ?? 8;
  const candidatesOf = drafts.map((draft) => index.candidates(draftNorms(draft)));
  const results: DraftLinks[] = drafts.map((draft, di) => {
    const cands = candidatesOf[di];
    const links = cands
      .filter((c, rank) => c.shared >= 2 && (c.contained >= minContained || c.covers >= minCovers || (rank === 0 && c.weight >= minWeight)))
      .map((c) => ({ later: c.doc, similarity: Math.max(c.contained, c.covers), weight: c.weight }))
      .sort((a, b) => b.weight - a.weight || b.similarity - a.similarity);
    // Keep links within reach of the best one: a strong main target does not drag weak echoes in.
    const best = Math.max(0, ...links.map((l) => l.similarity));
    const kept = links.filter((l) => l.similarity >= best * 0.3).slice(0, 8);
    return { draft, links: kept.map(({ later, similarity }) => ({ later, similarity: round(similarity) })), relation: 'dropped' as Relation };
  });
  applyOrder(results, candidatesOf, options.order ?? true);
  // Relations: split when several targets; merged when the target also draws on other draft paragraphs.
  const sources = new Map<number, number>();
  for (const r of results) for (const l of r.links) sources.set(l.later, (sources.get(l.later) ?? 0) + 1);
  for (const r of results) {
    if (r.links.length === 0) r.relation = 'dropped';
    else if (r.links.length > 1) r.relation = 'split';
    else if ((sources.get(r.links[0].later) ?? 0) > 1 && !r.draft.whole) r.relation = 'merged';
    else if (r.draft.whole && (sources.get(r.links[0].later) ?? 0) > 1) r.relation = 'merged';
    else r.relation = r.links[0].similarity >= 0.6 ? 'kept' : 'rewritten';
  }
  return results;
}

export function toLinks(results: DraftLinks[], later: LaterParagraph[]): ParagraphLink[] {
  return results.flatMap((r): ParagraphLink[] =>
    r.links.length === 0
      ? [{ draftParagraph: r.draft.id, draftLine: r.draft.line, laterParagraph: null, laterLine: null, relation: 'dropped' as Relation, similarity: 0 }]
      : r.links.map((l) => ({
        draftParagraph: r.draft.id, draftLine: r.draft.line, laterParagraph: later[l.later].id, laterLine: later[l.later].line,
        relation: r.relation, similarity: l.similarity,
      })),
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The order prior: a later text keeps most of the draft's order. Anchors are the draft's own
 * (not ALT or new) paragraphs whose first link is clear (similarity 0.3 or more), kept when they
 * form the longest run increasing in both texts. A paragraph whose first link lies outside the
 * span between the anchors around it, while a candidate sharing at least two trigrams and half its
 * rarity lies inside, gets that candidate first (PP4 -> PP4 between PP3 -> PP3 and the OPs).
 */
function applyOrder(results: DraftLinks[], candidatesOf: ReturnType<TrigramIndex['candidates']>[], enabled: boolean): void {
  if (!enabled) return;
  const anchors = results
    .map((r, i) => ({ i, later: r.links[0]?.later ?? -1, ok: !r.draft.whole && (r.links[0]?.similarity ?? 0) >= 0.3 }))
    .filter((a) => a.ok);
  // Longest increasing subsequence of the anchors' later positions.
  const tails: number[] = [];
  const prev: number[] = new Array(anchors.length).fill(-1);
  anchors.forEach((a, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[tails[mid]].later < a.later) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const chain = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) chain.add(anchors[k].i);
  const anchorLater = new Map<number, number>();
  for (const a of anchors) if (chain.has(a.i)) anchorLater.set(a.i, a.later);
  results.forEach((r, i) => {
    if (anchorLater.has(i) || r.draft.whole) return;
    let lo = -1;
    let hi = Number.POSITIVE_INFINITY;
    for (let k = i - 1; k >= 0; k--) if (anchorLater.has(k)) { lo = anchorLater.get(k) as number; break; }
    for (let k = i + 1; k < results.length; k++) if (anchorLater.has(k)) { hi = anchorLater.get(k) as number; break; }
    const inside = (later: number) => later >= lo && later <= hi + 1;
    const first = r.links[0];
    if (first && inside(first.later)) return;
    const top = candidatesOf[i][0];
    const pick = candidatesOf[i].find((c) => inside(c.doc) && c.shared >= 2 && c.weight >= 0.5 * (top?.weight ?? 0));
    if (!pick) return;
    r.links = [{ later: pick.doc, similarity: round(Math.max(pick.contained, pick.covers)) }, ...r.links.filter((l) => l.later !== pick.doc)];
  });
}
