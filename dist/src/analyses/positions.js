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
import { balancePosition, PositionTable } from './position-table.js';
export { PositionTable } from './position-table.js';
/** `sign(support − oppose − delete)`; `null` when the counts hold no support, oppose or delete record. */
export function positionOf(counts) {
    return balancePosition(counts.support, counts.oppose + counts.delete);
}
/** Plain code-unit comparison, so the order never depends on the locale. */
export function compareCodes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Each delegation's position on each paragraph from its records (the sign of support minus oppose and delete), the input of rankContested and computeAgreement.
 *
 * @example
 * ```ts
 * const positions = buildPositions(parseDraft(text).records);
 * const [mostContested] = rankContested(positions);
 * ```
 */
export function buildPositions(records) {
    const builder = new PositionsBuilder();
    builder.add(records);
    return builder.build();
}
/**
 * Positions counted as the records come, a part at a time (the CLI's sections): buildPositions
 * of all the parts together, without holding them. Keys carry the file only once more than one
 * file has records.
 */
export class PositionsBuilder {
    table = new PositionTable();
    add(records) {
        this.table.add(records);
    }
    /** The positions of every record added; the builder is spent. */
    build() {
        const { table } = this;
        const names = new Map(table.countries.map((country, i) => [country, table.names[i]]));
        // Made when first read: objects and maps per paragraph are most of the memory a draft of many paragraphs takes.
        let paragraphs;
        let entries;
        let byCountry;
        let byParagraph;
        return {
            multiFile: table.multiFile, countries: [...table.countries].sort(compareCodes), names, table,
            get paragraphs() {
                return (paragraphs ??= Array.from({ length: table.paragraphCount }, (_, p) => table.paragraphRef(p)));
            },
            get entries() {
                return (entries ??= entriesOf(table));
            },
            get byCountry() {
                return (byCountry ??= groupBy(this.entries, (entry) => entry.country, (entry) => entry.key));
            },
            get byParagraph() {
                return (byParagraph ??= groupBy(this.entries, (entry) => entry.key, (entry) => entry.country));
            },
        };
    }
}
function entriesOf(table) {
    return Array.from({ length: table.entryCount }, (_, e) => {
        const paragraph = table.entryParagraph(e);
        const country = table.entryCountry(e);
        return {
            ...table.paragraphRef(paragraph),
            country: table.countries[country], name: table.names[country], counts: table.entryCounts(e), position: table.position(e),
        };
    });
}
/** outer key -> inner key -> entry, each in the entries' order. */
function groupBy(entries, outer, inner) {
    const grouped = new Map();
    for (const entry of entries) {
        let group = grouped.get(outer(entry));
        if (!group)
            grouped.set(outer(entry), (group = new Map()));
        group.set(inner(entry), entry);
    }
    return grouped;
}
