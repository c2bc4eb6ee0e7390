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
    const { table } = positions;
    // Paragraph by paragraph, each pair of delegations that took a side there: shared, and agreed when the same.
    const width = table.countries.length;
    const counted = new Map();
    const hasSide = new Uint8Array(width);
    const sideCountries = new Int32Array(width);
    const sides = new Int8Array(width);
    const pairKey = (x, y) => Math.min(x, y) * width + Math.max(x, y);
    for (let paragraph = 0; paragraph < table.paragraphCount; paragraph++) {
        let taken = 0;
        for (const entry of table.entriesOf(paragraph)) {
            const position = table.position(entry);
            if (position !== 1 && position !== -1)
                continue;
            sideCountries[taken] = table.entryCountry(entry);
            sides[taken++] = position;
        }
        for (let i = 0; i < taken; i++) {
            hasSide[sideCountries[i]] = 1;
            for (let j = 0; j < i; j++) {
                const key = pairKey(sideCountries[i], sideCountries[j]);
                let pair = counted.get(key);
                if (!pair)
                    counted.set(key, (pair = { shared: 0, agreed: 0 }));
                pair.shared += 1;
                if (sides[i] === sides[j])
                    pair.agreed += 1;
            }
        }
    }
    const index = new Map(table.countries.map((country, i) => [country, i]));
    const countries = table.countries.filter((_, i) => hasSide[i] === 1).sort(compareCodes);
    const pairs = [];
    const byKey = new Map();
    for (let i = 0; i < countries.length; i++) {
        for (let j = i + 1; j < countries.length; j++) {
            const [a, b] = [countries[i], countries[j]];
            const { shared = 0, agreed = 0 } = counted.get(pairKey(index.get(a), index.get(b))) ?? {};
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
