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
import { compareCodes } from './positions.js';
export const DEFAULT_MIN_SHARED = 5;
/**
 * Scores each pair of delegations by the share of the paragraphs they both took a side on where they took the same one.
 *
 * @example
 * ```ts
 * const agreement = computeAgreement(buildPositions(records), { minShared: 5 });
 * agreement.pair('FRA', 'DEU')?.score; // in [0, 1], undefined below 5 shared paragraphs
 * ```
 */
export function computeAgreement(positions, options = {}) {
    const minShared = options.minShared ?? DEFAULT_MIN_SHARED;
    // Each delegation's for/against positions, by paragraph key.
    const sides = new Map();
    for (const country of positions.countries) {
        const own = new Map();
        for (const [key, entry] of positions.byCountry.get(country) ?? []) {
            if (entry.position === 1 || entry.position === -1)
                own.set(key, entry.position);
        }
        if (own.size > 0)
            sides.set(country, own);
    }
    const countries = [...sides.keys()].sort(compareCodes);
    const pairs = [];
    const byKey = new Map();
    for (let i = 0; i < countries.length; i++) {
        for (let j = i + 1; j < countries.length; j++) {
            const [a, b] = [countries[i], countries[j]];
            const sideA = sides.get(a);
            const sideB = sides.get(b);
            const [small, large] = sideA.size <= sideB.size ? [sideA, sideB] : [sideB, sideA];
            let shared = 0;
            let agreed = 0;
            for (const [key, position] of small) {
                const other = large.get(key);
                if (other === undefined)
                    continue;
                shared += 1;
                if (other === position)
                    agreed += 1;
            }
            if (shared < minShared || shared === 0)
                continue;
            const pair = { a, b, score: agreed / shared, shared, agreed };
            pairs.push(pair);
            byKey.set(`${a} ${b}`, pair);
        }
    }
    return {
        countries,
        names: positions.names,
        minShared,
        pairs,
        pair: (a, b) => byKey.get(compareCodes(a, b) <= 0 ? `${a} ${b}` : `${b} ${a}`),
    };
}
