/**
 * Stage 4: verdicts. A proposal's wording, with a few words of draft context on each side to
 * anchor short wording, is aligned (Smith-Waterman over normalised words) against the later
 * paragraphs its draft paragraph maps to, and against the best other candidates the word index
 * offers (wording moves: a clause of OP1 may end up in the economic paragraph 19).
 * The score is the weighted share of the proposal's words matched (a word weighs by its rarity in
 * the later text, 0.3 to 1.3; function words 0.15). Insert, replace, new paragraph: `yes` from
 * 0.6, `partly` from 0.15; `yes` found only outside the mapped paragraphs counts as `partly`
 * (another context). Delete: the struck wording's share found; `yes` (it is gone) up to 0.2, `no`
 * from 0.7. On top of these shares, the reading rules of README.md ("4. Verdicts"): stock phrases
 * and names found elsewhere, words in a phrase, a long proposal's distinctive clause, a rare word
 * alone, an alternative that lost, a sentence moved whole.
 */
import { localAlign } from './align.js';
import type { DraftProposal } from './proposals.js';
import type { LaterParagraph } from './later.js';
import type { WordIndex } from './ngrams.js';
import type { Survival } from './types.js';
import { isStopword, normalWords, wordsOf } from './words.js';
import { appendAll } from '../util/arrays.js';

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

interface Hit { later: number; covered: Set<number>; coverage: number; bStart: number; bEnd: number; score: number; context: number; bare?: boolean }

export function judge(p: DraftProposal, linked: number[], later: LaterParagraph[], words: WordIndex, options: VerdictOptions = {}): Verdict {
  const yes = options.yes ?? 0.6;
  const partly = options.partly ?? 0.15;
  const weights = p.norms.map((w) => words.weight(w));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const coverageOf = (covered: Set<number>) => [...covered].reduce((s, i) => s + weights[i], 0) / total;

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

  const rare = (w: string) => !isStopword(w) && words.idf(w) >= 3;
  // What words say beyond the words met all over the later text (idf under 2).
  const beyond = (ws: Iterable<string>) => [...new Set(ws)].filter((w) => !isStopword(w)).reduce((sum, w) => sum + Math.max(0, words.idf(w) - 2), 0);
  // A rare word (in under a twentieth of the later paragraphs) found in a mapped paragraph is the
  // proposal's, whatever its context there (`/timely: CAN` -> 42's `access to timely, effective`).
  const rareAlone = !isDelete && content.length === 1 && rare(content[0]);
  const alignTo = (f: number, mapped = false): Hit => {
    const al = localAlign(window, later[f].norms);
    const covered = new Set<number>();
    const contextMatched = al.matchedA.filter((a) => a < lo || a >= hi).length;
    const inMapped = mapped && rareAlone && later[f].norms.includes(content[0]);
    if (inMapped) covered.add(p.norms.indexOf(content[0]));
    if (al.score >= 3 && (!light || contextMatched >= (content.length === 0 ? 2 : 1))) for (const a of light ? al.matchedA : phrased(al, window, rare)) if (a >= lo && a < hi) covered.add(a - lo);
    const hit: Hit = { later: f, covered, coverage: coverageOf(covered), bStart: al.bStart, bEnd: al.bEnd, score: al.score,
      context: covered.size > 0 ? joined(al, lo, hi).filter((a) => !isStopword(window[a])).length : 0 };
    // Found there without the context around it: in another context.
    if (inMapped && contextMatched === 0) hit.bare = true;
    // Shown where the word stands when the alignment went elsewhere in the paragraph.
    const at = later[f].norms.indexOf(content[0]);
    if (inMapped && !(at >= al.bStart && at < al.bEnd)) { hit.bStart = at; hit.bEnd = at + 1; }
    if (light || (lo === 0 && hi === window.length) || hit.coverage >= 0.99) return hit;
    // The context can pull the alignment to where the Chair's words stand and the proposal's do
    // not: the proposal alone is aligned too, and the better coverage kept.
    const alone = localAlign(p.norms, later[f].norms);
    if (alone.score < 3) return hit;
    const own = new Set(phrased(alone, p.norms, rare));
    const coverage = coverageOf(own);
    return coverage > hit.coverage ? { later: f, covered: own, coverage, bStart: alone.bStart, bEnd: alone.bEnd, score: alone.score, context: 0 } : hit;
  };

  const linkedHits = linked.map((f) => alignTo(f, true));
  let others: Hit[] = [];
  // Wording that moved: looked for elsewhere when it is rare enough to mean something there.
  // (Not needed when the mapped paragraphs hold nearly all of it: a match elsewhere must beat them by 0.1.)
  const linkedMax = Math.max(0, ...linkedHits.map((h) => h.coverage));
  if (rarity >= (options.rarity ?? 3) && linkedMax < 0.9) {
    const seen = new Set(linked);
    others = words.candidates(window).filter((c) => !seen.has(c.doc)).slice(0, 8).map((c) => alignTo(c.doc));
    // The name of an instrument or body (`the United Nations Convention against Transnational
    // Organized Crime`) is met wherever it is cited: found elsewhere, it does not carry the proposal.
    const names = nameWords(p.text, p.norms.length);
    if (names.size > 0) {
      others = others.map((h) => {
        const covered = new Set([...h.covered].filter((i) => !names.has(i)));
        return covered.size === h.covered.size ? h : { ...h, covered, coverage: coverageOf(covered) };
      });
    }
    // A deletion's wording found elsewhere counts as a real stretch (three content words) or as
    // fewer distinctive words (part of the struck wording is in the final).
    if (isDelete) others = others.filter((h) => {
      const matched = [...h.covered].map((i) => p.norms[i]).filter((w) => !isStopword(w));
      return matched.length >= 3 || (matched.length > 0 && (words.together(matched) <= (options.stock ?? 2) || beyond(matched) >= (options.distinctive ?? 2)));
    });
    // A short match elsewhere counts only when its words are distinctive: words that stand
    // together in several later paragraphs (`victims of crime`, `where appropriate`, `children`)
    // are a stock phrase met anywhere, not the proposal moving there (`border control` -> 55bis is).
    else others = others.filter((h) => {
      const matched = [...h.covered].map((i) => p.norms[i]).filter((w) => !isStopword(w));
      return new Set(matched).size >= 3 || h.context >= 1 || words.together(matched) <= (options.stock ?? 2) || beyond(matched) >= (options.distinctive ?? 2);
    });
  }
  // Union over the mapped paragraphs (a split paragraph's wording is spread over several).
  const union = new Set<number>();
  for (const h of linkedHits) if (h.coverage >= 0.15 || [...h.covered].filter((i) => !isStopword(p.norms[i])).length >= 3) for (const i of h.covered) union.add(i);
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
  let survived: Survival;
  if (isDelete) {
    // A long deletion is achieved only when next to nothing of it is left; a deletion of the
    // whole paragraph fails when the paragraph lives on in good part.
    const long = content.length >= 10;
    const gone = options.deleteYes ?? (long ? 0.05 : 0.2);
    const stays = options.deleteNo ?? (p.wholeParagraph ? 0.25 : 0.7);
    survived = score <= gone ? 'yes' : score >= stays ? 'no' : 'partly';
  } else {
    // Found elsewhere in full, with the draft's words around it (the sentence moved whole, not a
    // phrase met in another context): the wording made it as it is.
    const moved = elsewhere && !light && score >= 0.9 && (shown?.context ?? 0) >= 1;
    survived = score >= yes ? ((elsewhere && !moved) || shown?.bare ? 'partly' : 'yes') : score >= partly ? 'partly' : 'no';
    // A replacement whose original (the struck wording, or the wording before a `/`) stands in full
    // in a mapped paragraph, while its own words (those the original lacks) are not found there or
    // are a small part: the original held.
    if (survived !== 'no' && p.original !== '' && linked.length > 0) {
      const original = normalWords(p.original);
      const inOriginal = new Set(original);
      const own = [...p.norms.keys()].filter((i) => !isStopword(p.norms[i]) && !inOriginal.has(p.norms[i]));
      const found = shown ? shown.covered : new Set<number>();
      const ownWeight = own.reduce((sum, i) => sum + weights[i], 0);
      const ownFound = own.filter((i) => found.has(i) || union.has(i)).reduce((sum, i) => sum + weights[i], 0);
      if (score < 0.3 || (ownWeight > 0 && ownFound / ownWeight < (options.ownFound ?? 0.5))) {
        const ow = original.map((w) => words.weight(w));
        const owTotal = ow.reduce((a, b) => a + b, 0) || 1;
        const heldIn = (f: number) => localAlign(original, later[f].norms).matchedA.reduce((sum, i) => sum + ow[i], 0) / owTotal;
        if (linked.some((f) => heldIn(f) >= 0.7)) survived = 'no';
      }
    }
  }
  // A distinctive clause of a long proposal found (four content words in a row, saying something
  // beyond the words met all over the later text: idf above 2): it survived in part.
  if (!isDelete && shown && survived === 'no' && content.length >= (options.longWording ?? 4)) {
    const run = longestRun(elsewhere ? shown.covered : new Set([...union, ...shown.covered]), p.norms);
    if (run.n >= 4 && beyond(run.words) >= 3) survived = 'partly';
  }
  const target = shown && (shown.covered.size > 0 || survived === 'no') ? shown : linkedHits[0] ?? null;
  const f = target ? later[target.later] : null;
  let laterText = '';
  if (f && target && target.bEnd > target.bStart) laterText = f.text.slice(f.starts[target.bStart], f.ends[target.bEnd - 1]);
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

function best(hits: Hit[]): Hit | null {
  let out: Hit | null = null;
  for (const h of hits) if (!out || h.coverage > out.coverage || (h.coverage === out.coverage && h.score > out.score)) out = h;
  return out;
}

/** The longest stretch of consecutive matched positions, as its content words. */
function longestRun(covered: Set<number>, norms: readonly string[]): { n: number; words: string[] } {
  let bestRun: string[] = [];
  let cur: string[] = [];
  for (let i = 0; i <= norms.length; i++) {
    if (i < norms.length && covered.has(i)) { if (!isStopword(norms[i])) cur.push(norms[i]); }
    else { if (cur.length > bestRun.length) bestRun = cur; cur = []; }
  }
  return { n: bestRun.length, words: bestRun };
}

/**
 * The matched positions of `a` that stand in a phrase: next to another match, adjacent in both
 * texts. A word matched alone between words that differ (`all sectors of society` against
 * `private sector, civil society`) is a coincidence, unless it is rare (idf 3 or more).
 */
function phrased(al: { matchedA: number[]; matchedB: number[] }, a: readonly string[], rare?: (w: string) => boolean): number[] {
  const { matchedA: ma, matchedB: mb } = al;
  if (ma.length <= 1) return ma;
  return ma.filter((x, k) =>
    (k > 0 && ma[k - 1] === x - 1 && mb[k - 1] === mb[k] - 1) || (k + 1 < ma.length && ma[k + 1] === x + 1 && mb[k + 1] === mb[k] + 1) || (rare?.(a[x]) ?? false));
}

/**
 * The context words (outside [lo, hi)) matched in one phrase with the wording: a chain of matches
 * adjacent in both texts that reaches a matched word of the wording.
 */
function joined(al: { matchedA: number[]; matchedB: number[] }, lo: number, hi: number): number[] {
  const { matchedA: ma, matchedB: mb } = al;
  const out: number[] = [];
  let start = 0;
  for (let k = 1; k <= ma.length; k++) {
    if (k < ma.length && ma[k] === ma[k - 1] + 1 && mb[k] === mb[k - 1] + 1) continue;
    const chain = ma.slice(start, k);
    if (chain.some((a) => a >= lo && a < hi)) appendAll(out, chain.filter((a) => a < lo || a >= hi));
    start = k;
  }
  return out;
}

/** Connectors inside a name (`Convention against Transnational Organized Crime`, `Office on Drugs and Crime`). */
const NAME_LINKS = new Set(['of', 'against', 'on', 'and', 'for', 'the', 'in']);

/**
 * The positions of the words of `text` inside names: runs of three or more capitalised words, with
 * connectors between them (`United Nations Convention against Transnational Organized Crime`,
 * `2030 Agenda for Sustainable Development`). Empty when the words do not line up with the norms.
 */
export function nameWords(text: string, count: number): Set<number> {
  const raw = wordsOf(text);
  const out = new Set<number>();
  if (raw.length !== count) return out;
  const capital = (w: string) => /^(\p{Lu}|\d)/u.test(w);
  let i = 0;
  while (i < raw.length) {
    if (!capital(raw[i])) { i++; continue; }
    let j = i + 1;
    let last = i;
    let caps = 1;
    while (j < raw.length && (capital(raw[j]) || NAME_LINKS.has(raw[j]))) {
      if (capital(raw[j])) { last = j; caps++; }
      j++;
    }
    if (caps >= 3) for (let k = i; k <= last; k++) out.add(k);
    i = last + 1;
  }
  return out;
}
