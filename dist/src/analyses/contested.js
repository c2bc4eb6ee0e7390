/**
 * Where the fight is: paragraphs ranked by a contention score.
 *
 * On each paragraph the delegations with a position (positions.ts) fall into two camps: `for`
 * (F delegations) and `against` (A delegations); mixed positions join neither. The score is the
 * harmonic mean of the two camp sizes:
 *
 *     contention = 2·F·A / (F + A)        (0 when either camp is empty)
 *
 * It equals the camp size when the camps are equal (12 for 12 v 12, 1 for 1 v 1), so a fight
 * between many delegations ranks above a fight between few, and it stays close to the smaller
 * camp when they are unequal (20 v 1 scores 1.9): a paragraph everybody supports but one is no
 * fight. Written another way it is (F + A)/2 × (1 − ((F − A)/(F + A))²): the number of
 * delegations involved, discounted by how lopsided the split is.
 *
 * Ties are broken by the number of delegations with a position (more first), then document order.
 */
import { compareCodes } from './positions.js';
/** The contention score of a paragraph with so many delegations for and against: `2·for·against / (for + against)`, 0 when either camp is empty. */
export function contentionScore(supporters, opponents) {
    return supporters === 0 || opponents === 0 ? 0 : (2 * supporters * opponents) / (supporters + opponents);
}
/** Ranks every paragraph with at least one position by its contention score, highest first (`kyoto-parse contested`). */
export function rankContested(positions) {
    const scored = positions.paragraphs.map((ref, order) => {
        const supporters = [];
        const opponents = [];
        const mixed = [];
        for (const entry of positions.byParagraph.get(ref.key)?.values() ?? []) {
            if (entry.position === 1)
                supporters.push(entry.country);
            else if (entry.position === -1)
                opponents.push(entry.country);
            else if (entry.position === 0)
                mixed.push(entry.country);
        }
        for (const camp of [supporters, opponents, mixed])
            camp.sort(compareCodes);
        return { ref, order, supporters, opponents, mixed, score: contentionScore(supporters.length, opponents.length) };
    }).filter((item) => item.supporters.length + item.opponents.length + item.mixed.length > 0);
    scored.sort((a, b) => b.score - a.score ||
        (b.supporters.length + b.opponents.length) - (a.supporters.length + a.opponents.length) ||
        a.order - b.order);
    return scored.map((item, index) => ({
        ...item.ref, rank: index + 1, score: item.score,
        supporters: item.supporters, opponents: item.opponents, mixed: item.mixed,
    }));
}
