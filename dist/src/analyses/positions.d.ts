/**
 * One position per (delegation, paragraph), derived from that delegation's records on the
 * paragraph: the unit the contention score and the agreement score are computed on.
 *
 * A delegation's records on one paragraph are often mixed: it proposes wording in one clause
 * (support) and asks to delete or keep the original of another (delete, oppose). The position is
 * the sign of the balance:
 *
 *     position = sign(support − (oppose + delete))
 *
 * - `+1` (for): more support records than oppose and delete records together;
 * - `−1` (against): more oppose and delete records than support records;
 * - `0` (mixed): as many of each. Mixed positions count in neither camp of the contention score
 *   and in no agreement score, but they are listed.
 *
 * `other` records (move, placement, translation, …) say nothing for or against a paragraph and
 * are left out of the balance; a delegation with only `other` records on a paragraph has no
 * position there.
 */
import { PositionTable, type ParagraphRef, type Position, type StanceCounts, type StanceTally } from './position-table.js';
export type { ParagraphRef, Position } from './position-table.js';
export { PositionTable } from './position-table.js';
export interface PositionEntry extends ParagraphRef {
    country: string;
    name: string;
    counts: StanceCounts;
    /** `null` when the delegation has only `other` records on the paragraph. */
    position: Position | null;
}
/** Each delegation's position (for, against or mixed) on each paragraph, indexed both ways, as buildPositions returns them. */
export interface Positions {
    /** True when the records come from more than one file (keys then carry the file). */
    multiFile: boolean;
    /** Paragraphs that have at least one record, in order of first record (files, then position). */
    paragraphs: ParagraphRef[];
    /** Delegations with at least one record, sorted by code. */
    countries: string[];
    names: ReadonlyMap<string, string>;
    /** Every (delegation, paragraph) with records, including those without a position. */
    entries: PositionEntry[];
    /** country -> paragraph key -> entry. */
    byCountry: ReadonlyMap<string, ReadonlyMap<string, PositionEntry>>;
    /** paragraph key -> country -> entry. */
    byParagraph: ReadonlyMap<string, ReadonlyMap<string, PositionEntry>>;
    /**
     * The same in columns of numbers, as topContested and computeAgreement read them: `paragraphs`,
     * `entries` and the maps are made from it when first read.
     */
    table: PositionTable;
}
/** `sign(support − oppose − delete)`; `null` when the counts hold no support, oppose or delete record. */
export declare function positionOf(counts: StanceCounts): Position | null;
/** Plain code-unit comparison, so the order never depends on the locale. */
export declare function compareCodes(a: string, b: string): number;
/**
 * Each delegation's position on each paragraph from its records (the sign of support minus oppose and delete), the input of rankContested and computeAgreement.
 *
 * @example
 * ```ts
 * const positions = buildPositions(parseDraft(text).records);
 * const [mostContested] = rankContested(positions);
 * ```
 */
export declare function buildPositions(records: readonly StanceTally[]): Positions;
/**
 * Positions counted as the records come, a part at a time (the CLI's sections): buildPositions
 * of all the parts together, without holding them. Keys carry the file only once more than one
 * file has records.
 */
export declare class PositionsBuilder {
    private readonly table;
    add(records: readonly StanceTally[]): void;
    /** The positions of every record added; the builder is spent. */
    build(): Positions;
}
