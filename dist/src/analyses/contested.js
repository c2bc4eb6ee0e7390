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
/** The paragraphs with a fight (a score above 0), ranked as rankContested ranks them: those with none rank last and are not made. */
export function rankFights(positions) {
    return topContested(positions, 0, true).shown;
}
/**
 * The `top` most contested paragraphs (all for 0; with `fightsOnly`, of those with a score above
 * 0) as rankContested ranks them, and how many paragraphs it ranks. Only those shown get their
 * lists of delegations: a draft of 200,000 paragraphs is ranked on five numbers each.
 */
export function topContested(positions, top, fightsOnly = false) {
    const { table } = positions;
    // Camps counted per paragraph, in columns: paragraphs are in order of first record, the last tie-break.
    const count = table.paragraphCount;
    const supporters = new Int32Array(count);
    const opponents = new Int32Array(count);
    const mixed = new Int32Array(count);
    for (let entry = 0; entry < table.entryCount; entry++) {
        const position = table.position(entry);
        const paragraph = table.entryParagraph(entry);
        if (position === 1)
            supporters[paragraph]++;
        else if (position === -1)
            opponents[paragraph]++;
        else if (position === 0)
            mixed[paragraph]++;
    }
    const scores = new Float64Array(count);
    const ranked = [];
    for (let p = 0; p < count; p++) {
        if (supporters[p] + opponents[p] + mixed[p] === 0)
            continue;
        scores[p] = contentionScore(supporters[p], opponents[p]);
        if (!fightsOnly || scores[p] > 0)
            ranked.push(p);
    }
    const sides = (p) => supporters[p] + opponents[p];
    ranked.sort((a, b) => scores[b] - scores[a] || sides(b) - sides(a) || a - b);
    const shown = (top === 0 ? ranked : ranked.slice(0, top)).map((p, index) => {
        const camps = { supporters: [], opponents: [], mixed: [] };
        for (const entry of table.entriesOf(p)) {
            const position = table.position(entry);
            const camp = position === 1 ? camps.supporters : position === -1 ? camps.opponents : position === 0 ? camps.mixed : null;
            camp?.push(table.countries[table.entryCountry(entry)]);
        }
        for (const camp of Object.values(camps))
            camp.sort(compareCodes);
        return { ...table.paragraphRef(p), rank: index + 1, score: scores[p], ...camps };
    });
    return { shown, total: ranked.length };
}
