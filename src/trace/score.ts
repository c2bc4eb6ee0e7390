/**
 * Scores a trace against hand-made expectations (the maintainers' metrics, issue 22):
 * - map: a draft paragraph is right when at least one of its later paragraphs is an expected
 *   one (compared by line, since IDs of unnumbered paragraphs differ), or both say dropped;
 * - found: an expected proposal is found when a traced one has the same paragraph, a shared
 *   proposer and overlapping wording (a shared content word bigram, or half of the shorter's content words);
 * - survival, over the found: yes+partly against no (2-way), and all three values (3-way).
 */
import type { ParagraphLink, Proposal, Survival } from './types.js';
import { isStopword, normalWords } from './words.js';

export interface ExpectedLink {
  draftParagraph: string;
  /** Expected later paragraph IDs, empty when dropped. */
  later: string[];
}

export interface ExpectedProposal {
  draftParagraph: string;
  line: number;
  codes: string[];
  kind: string;
  text: string;
  survived: Survival;
}

export interface MapScore {
  total: number;
  right: number;
  rate: number;
  wrong: { draftParagraph: string; expected: string[]; got: string[] }[];
  /** Expected rows naming a draft paragraph the parser does not produce (not counted in `total`). */
  unknown: string[];
}
export interface ProposalScore {
  total: number;
  found: number;
  foundRate: number;
  twoWay: number;
  threeWay: number;
  missed: ExpectedProposal[];
  disagreements: { expected: ExpectedProposal; got: Proposal }[];
}

/**
 * `lineOf`: expected later ID -> its line (from final-paragraphs.csv). `known`: the draft's
 * paragraph IDs (from the parser); an expected row naming another is set apart as `unknown`, since
 * no output can match it.
 */
export function scoreMap(
  got: readonly ParagraphLink[], expected: readonly ExpectedLink[], lineOf: (id: string) => number | undefined, known?: ReadonlySet<string>,
): MapScore {
  const wrong: MapScore['wrong'] = [];
  const unknown: string[] = [];
  let right = 0;
  let total = 0;
  for (const e of expected) {
    if (known && !known.has(e.draftParagraph)) {
      unknown.push(e.draftParagraph);
      continue;
    }
    total++;
    const mine = got.filter((l) => l.draftParagraph === e.draftParagraph);
    const gotLines = mine.filter((l) => l.laterLine !== null).map((l) => l.laterLine as number);
    const ok = e.later.length === 0 ? mine.length > 0 && gotLines.length === 0 : e.later.some((id) => gotLines.includes(lineOf(id) ?? -1));
    if (ok) right++;
    else wrong.push({ draftParagraph: e.draftParagraph, expected: e.later, got: mine.map((l) => l.laterParagraph ?? 'dropped') });
  }
  return { total, right, rate: total ? right / total : 0, wrong, unknown };
}

const content = (text: string) => normalWords(text).filter((w) => !isStopword(w));

/** How much two wordings overlap: 0 when they share no content bigram and under half the shorter's content words. */
export function overlap(a: string, b: string): number {
  const wa = content(a);
  const wb = content(b);
  if (wa.length === 0 || wb.length === 0) {
    const na = normalWords(a);
    const nb = new Set(normalWords(b));
    return na.length > 0 && na.every((w) => nb.has(w)) ? 1 : 0;
  }
  const sb = new Set(wb);
  const shared = new Set(wa.filter((w) => sb.has(w))).size;
  const bigrams = (ws: string[]) => new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`));
  const ba = bigrams(wa);
  const bb = bigrams(wb);
  const sharedBigram = [...ba].some((g) => bb.has(g));
  const ratio = shared / Math.min(new Set(wa).size, sb.size);
  return sharedBigram || ratio >= 0.5 ? ratio : 0;
}

export function scoreProposals(got: readonly Proposal[], expected: readonly ExpectedProposal[]): ProposalScore {
  let found = 0;
  let two = 0;
  let three = 0;
  const missed: ExpectedProposal[] = [];
  const disagreements: ProposalScore['disagreements'] = [];
  for (const e of expected) {
    // The traced proposal that overlaps most, the closest in length among equals.
    let best: Proposal | null = null;
    let bestKey = [0, 0];
    const length = normalWords(e.text).length;
    for (const p of got) {
      if (p.draftParagraph !== e.draftParagraph || !p.codes.some((c) => e.codes.includes(c))) continue;
      const o = overlap(e.text, p.text);
      const n = normalWords(p.text).length;
      const key = [o, -Math.abs(Math.log((n + 1) / (length + 1)))];
      if (o > 0 && (o > bestKey[0] || (o === bestKey[0] && key[1] > bestKey[1]))) { best = p; bestKey = key; }
    }
    if (!best) { missed.push(e); continue; }
    found++;
    if ((best.survived === 'no') === (e.survived === 'no')) two++;
    if (best.survived === e.survived) three++;
    else disagreements.push({ expected: e, got: best });
  }
  return {
    total: expected.length, found, foundRate: expected.length ? found / expected.length : 0,
    twoWay: found ? two / found : 0, threeWay: found ? three / found : 0, missed, disagreements,
  };
}
