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
import { type ParagraphRef, type Positions } from './positions.js';
/** A paragraph as rankContested ranks it: its score and the delegations for, against and mixed. */
export interface ContestedParagraph extends ParagraphRef {
    /** 1-based rank by score. */
    rank: number;
    score: number;
    /** Codes of the delegations for the paragraph, sorted. */
    supporters: string[];
    /** Codes of the delegations against it (oppose or delete), sorted. */
    opponents: string[];
    /** Codes of the delegations with as many records for as against, sorted. */
    mixed: string[];
}
/** The contention score of a paragraph with so many delegations for and against: `2·for·against / (for + against)`, 0 when either camp is empty. */
export declare function contentionScore(supporters: number, opponents: number): number;
/** Ranks every paragraph with at least one position by its contention score, highest first (`kyoto-parse contested`). */
export declare function rankContested(positions: Positions): ContestedParagraph[];
/** The paragraphs with a fight (a score above 0), ranked as rankContested ranks them: those with none rank last and are not made. */
export declare function rankFights(positions: Positions): ContestedParagraph[];
/**
 * The `top` most contested paragraphs (all for 0; with `fightsOnly`, of those with a score above
 * 0) as rankContested ranks them, and how many paragraphs it ranks. Only those shown get their
 * lists of delegations: a draft of 200,000 paragraphs is ranked on five numbers each.
 */
export declare function topContested(positions: Positions, top: number, fightsOnly?: boolean): {
    shown: ContestedParagraph[];
    total: number;
};
