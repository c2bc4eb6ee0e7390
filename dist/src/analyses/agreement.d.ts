/**
 * Who stands with whom: a pairwise agreement score between delegations.
 *
 * For delegations a and b, the shared paragraphs are those on which both took a position for or
 * against (positions.ts; mixed positions and `other`-only records are left out). The score is the
 * share of shared paragraphs on which their positions are equal:
 *
 *     agreement(a, b) = #{p shared : position(a, p) = position(b, p)} / #shared
 *
 * from 0 (always on opposite sides) to 1 (always on the same side). It is symmetric by
 * construction (equality is), and easy to read: 0.75 over 8 shared paragraphs is "same side on 6
 * of 8". A pair with fewer than `minShared` shared paragraphs gets no score: one or two
 * coincidences say nothing.
 */
import { type Positions } from './positions.js';
/** The agreement score of two delegations, with the counts it comes from. */
export interface AgreementPair {
    /** The pair's codes, `a` before `b` in code order. */
    a: string;
    b: string;
    /** agreed / shared, in [0, 1]. */
    score: number;
    /** Paragraphs on which both took a position for or against. */
    shared: number;
    /** Shared paragraphs on which their positions are equal. */
    agreed: number;
}
/** The agreement scores of every pair of delegations with enough shared paragraphs, as computeAgreement returns them. */
export interface Agreement {
    /** Delegations with at least one position, sorted by code. */
    countries: string[];
    names: ReadonlyMap<string, string>;
    minShared: number;
    /** Pairs with at least `minShared` shared paragraphs, in code order of (a, b). */
    pairs: AgreementPair[];
    /** The pair of two codes in either order, or undefined when it has too few shared paragraphs. */
    pair(a: string, b: string): AgreementPair | undefined;
}
export declare const DEFAULT_MIN_SHARED = 5;
/**
 * Scores each pair of delegations by the share of the paragraphs they both took a side on where they took the same one.
 *
 * @example
 * ```ts
 * const agreement = computeAgreement(buildPositions(records), { minShared: 5 });
 * agreement.pair('FRA', 'DEU')?.score; // in [0, 1], undefined below 5 shared paragraphs
 * ```
 */
export declare function computeAgreement(positions: Positions, options?: {
    minShared?: number;
}): Agreement;
