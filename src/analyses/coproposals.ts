/**
 * Co-proposals: how often two delegations propose the same text together (`blocs --view
 * coproposals`), the count journalists made by hand of the TPP chapter in 2013 (a pair of
 * delegations is linked once for every bracket both propose).
 *
 * A proposal is one text and the delegations that support it with the same words. Records carry
 * no annotation of their own; what tells one annotation's text from the next is the excerpt, and
 * what tells one segment of an annotation from another is its label. So a proposal is:
 *
 * - a run of consecutive records (in the order parseDraft gives them, the order of the text) with
 *   the same file, paragraph and excerpt: the records of one annotation (the same excerpt further
 *   on, after another one, starts another run);
 * - within the run, the support records with the same label (`[NZ/CL propose; US/JP oppose: The
 *   objectives…]`: NZL and CHL, label `propose`; bare codes: label empty). Segments with other
 *   labels are other proposals, such as the alternative wordings of the reference draft's OP32:
 *   `[measurable:USA,CAN/delete:EGY,RUS,CHN,IRN/practical: COL, EGY]` is two proposals, one of
 *   USA and CAN and one of COL and EGY (and a deletion).
 *
 * Delegations that oppose a text or ask to delete it, or take another stance, are not among its
 * proposers. Two delegations co-propose a text when both are among its proposers; a delegation
 * named twice counts once. Struck annotations count as their records do everywhere else.
 */
import type { StanceRecord } from '../types.js';
import { compareCodes } from './positions.js';

/** One text and the delegations that support it (see the module comment). */
export interface TextProposal {
  file: string;
  paragraph: string;
  excerpt: string;
  /** The label the proposers share (empty for bare codes). */
  label: string;
  /** Line of the first of its support records. */
  line: number;
  /** The supporting delegations, in code order, each once. */
  countries: string[];
}

/** How often two delegations propose the same text together. */
export interface CoProposalPair {
  /** The pair's codes, `a` before `b` in code order. */
  a: string;
  b: string;
  /** Texts both propose. */
  count: number;
}

/** A delegation's proposals: how many texts it supports, how many of them alone, and its co-proposals with the others. */
export interface Proposer {
  country: string;
  name: string;
  /** Texts it proposes. */
  proposals: number;
  /** Texts it proposes with no other delegation. */
  alone: number;
  /** Its co-proposals with all the others: the sum of its pairs' counts (a text with three others counts 3). */
  together: number;
}

/** The co-proposal counts countCoProposals returns. */
export interface CoProposals {
  /** Texts with at least one proposer. */
  proposals: number;
  /** Texts with two proposers or more. */
  joint: number;
  /** Every delegation with a proposal, in code order. */
  proposers: Proposer[];
  /** Pairs that propose at least one text together: most co-proposals first, then in code order. */
  pairs: CoProposalPair[];
  /** The number of texts both propose, in either order; 0 for a pair that never does. */
  count(a: string, b: string): number;
}

/**
 * The texts proposed in `records` and who proposes each: in each run of consecutive records with
 * the same file, paragraph and excerpt, the delegations of the support records with the same label.
 *
 * @example
 * ```ts
 * groupProposals(parseDraft('1. Text [FRA, DEU]').records); // [{ paragraph: 'OP1', countries: ['DEU', 'FRA'], … }]
 * ```
 */
export function groupProposals(records: readonly StanceRecord[]): TextProposal[] {
  const proposals: TextProposal[] = [];
  let run: { first: StanceRecord; byLabel: Map<string, { line: number; countries: Set<string> }> } | null = null;
  const close = () => {
    if (!run) return;
    const { file, paragraph, excerpt } = run.first;
    for (const [label, { line, countries }] of run.byLabel) {
      proposals.push({ file, paragraph, excerpt, label, line, countries: [...countries].sort(compareCodes) });
    }
  };
  for (const record of records) {
    const same = run !== null && run.first.file === record.file && run.first.paragraph === record.paragraph
      && run.first.excerpt === record.excerpt;
    if (!same) {
      close();
      run = { first: record, byLabel: new Map() };
    }
    if (record.stance !== 'support') continue;
    const proposal = run!.byLabel.get(record.label) ?? { line: record.line, countries: new Set<string>() };
    proposal.countries.add(record.country);
    run!.byLabel.set(record.label, proposal);
  }
  close();
  return proposals;
}

/**
 * Counts, for each pair of delegations, the texts both propose (groupProposals), and ranks the pairs by that count.
 *
 * @example
 * ```ts
 * const { pairs } = countCoProposals(parseDraft(text).records);
 * const [first] = pairs; // the pair that proposes the most texts together: { a, b, count }
 * ```
 */
export function countCoProposals(records: readonly StanceRecord[]): CoProposals {
  const names = new Map<string, string>();
  for (const record of records) if (record.stance === 'support' && !names.has(record.country)) names.set(record.country, record.name);
  const proposals = groupProposals(records);
  const tally = new Map<string, { proposals: number; alone: number; together: number }>();
  const counts = new Map<string, number>();
  for (const { countries } of proposals) {
    for (const country of countries) {
      const own = tally.get(country) ?? { proposals: 0, alone: 0, together: 0 };
      own.proposals += 1;
      if (countries.length === 1) own.alone += 1;
      own.together += countries.length - 1;
      tally.set(country, own);
    }
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) {
        const key = `${countries[i]}\u0000${countries[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs = [...counts].map(([key, count]) => {
    const [a, b] = key.split('\u0000');
    return { a, b, count };
  });
  pairs.sort((x, y) => y.count - x.count || compareCodes(x.a, y.a) || compareCodes(x.b, y.b));
  const proposers = [...tally].map(([country, own]) => ({ country, name: names.get(country) ?? country, ...own }))
    .sort((x, y) => compareCodes(x.country, y.country));
  return {
    proposals: proposals.length,
    joint: proposals.filter((p) => p.countries.length > 1).length,
    proposers,
    pairs,
    count: (a, b) => counts.get(compareCodes(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0,
  };
}
