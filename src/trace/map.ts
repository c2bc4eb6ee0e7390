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
  const results: DraftLinks[] = drafts.map((draft) => {
    const cands = index.candidates(draftNorms(draft));
    const links = cands
      .filter((c, rank) => c.shared >= 2 && (c.contained >= minContained || c.covers >= minCovers || (rank === 0 && c.weight >= minWeight)))
      .map((c) => ({ later: c.doc, similarity: Math.max(c.contained, c.covers), weight: c.weight }))
      .sort((a, b) => b.weight - a.weight || b.similarity - a.similarity);
    // Keep links within reach of the best one: a strong main target does not drag weak echoes in.
    const best = Math.max(0, ...links.map((l) => l.similarity));
    const kept = links.filter((l) => l.similarity >= best * 0.3).slice(0, 8);
    return { draft, links: kept.map(({ later, similarity }) => ({ later, similarity: round(similarity) })), relation: 'dropped' as Relation };
  });
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
