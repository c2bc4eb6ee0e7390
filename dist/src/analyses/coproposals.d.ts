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
export declare function groupProposals(records: readonly StanceRecord[]): TextProposal[];
/**
 * Counts, for each pair of delegations, the texts both propose (groupProposals), and ranks the pairs by that count.
 *
 * @example
 * ```ts
 * const { pairs } = countCoProposals(parseDraft(text).records);
 * const [first] = pairs; // the pair that proposes the most texts together: { a, b, count }
 * ```
 */
export declare function countCoProposals(records: readonly StanceRecord[]): CoProposals;
