import { round4 } from './round.js';
/**
 * An array ordered by score (highest first): `{ rank, file, paragraph, score, supporters,
 * opponents, mixed }`, the last three arrays of codes; scores rounded to 4 decimals.
 */
export function formatContestedJson({ shown }) {
    return `${JSON.stringify(shown.map((p) => ({
        rank: p.rank, file: p.file, paragraph: p.paragraph, score: round4(p.score),
        supporters: p.supporters, opponents: p.opponents, mixed: p.mixed,
    })), null, 2)}\n`;
}
