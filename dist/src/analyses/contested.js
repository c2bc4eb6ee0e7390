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
    return topContested(positions, 0).shown;
}
/**
 * The `top` most contested paragraphs (all for 0) as rankContested ranks them, and how many
 * paragraphs it ranks. Only those shown get their lists of delegations: a draft of 200,000
 * paragraphs is ranked on five numbers each.
 */
export function topContested(positions, top) {
    // A paragraph's first entry comes with its first record, so the entries give paragraph order.
    const byKey = new Map();
    for (const entry of positions.entries) {
        let camps = byKey.get(entry.key);
        if (!camps)
            byKey.set(entry.key, (camps = { ref: entry, order: byKey.size, supporters: 0, opponents: 0, mixed: 0, score: 0 }));
        if (entry.position === 1)
            camps.supporters++;
        else if (entry.position === -1)
            camps.opponents++;
        else if (entry.position === 0)
            camps.mixed++;
    }
    const ranked = [];
    for (const camps of byKey.values()) {
        if (camps.supporters + camps.opponents + camps.mixed === 0)
            continue;
        camps.score = contentionScore(camps.supporters, camps.opponents);
        ranked.push(camps);
    }
    ranked.sort((a, b) => b.score - a.score || (b.supporters + b.opponents) - (a.supporters + a.opponents) || a.order - b.order);
    const shownCamps = top === 0 ? ranked : ranked.slice(0, top);
    const shown = new Map(shownCamps.map(({ ref, score }, index) => [ref.key, { key: ref.key, file: ref.file, paragraph: ref.paragraph, rank: index + 1, score, supporters: [], opponents: [], mixed: [] }]));
    for (const entry of positions.entries) {
        const paragraph = shown.get(entry.key);
        if (!paragraph)
            continue;
        if (entry.position === 1)
            paragraph.supporters.push(entry.country);
        else if (entry.position === -1)
            paragraph.opponents.push(entry.country);
        else if (entry.position === 0)
            paragraph.mixed.push(entry.country);
    }
    for (const paragraph of shown.values())
        for (const camp of [paragraph.supporters, paragraph.opponents, paragraph.mixed])
            camp.sort(compareCodes);
    return { shown: [...shown.values()], total: ranked.length };
}
