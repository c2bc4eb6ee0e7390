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
export declare function computeAgreement(positions: Positions, options?: {
    minShared?: number;
}): Agreement;
