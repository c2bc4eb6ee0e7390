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
import { emptyCounts } from './matrix.js';
/** `sign(support − oppose − delete)`; `null` when the counts hold no support, oppose or delete record. */
export function positionOf(counts) {
    const against = counts.oppose + counts.delete;
    if (counts.support === 0 && against === 0)
        return null;
    return Math.sign(counts.support - against);
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
 * of all the parts together, without holding them. Paragraphs are found by file and ID, so no key
 * string is made per record; keys carry the file only once more than one file has records.
 */
export class PositionsBuilder {
    paragraphs = [];
    /** file -> paragraph ID -> the paragraph. */
    byFile = new Map();
    /** country -> paragraph -> entry. */
    byCountry = new Map();
    names = new Map();
    entries = [];
    add(records) {
        for (const record of records) {
            let inFile = this.byFile.get(record.file);
            if (!inFile)
                this.byFile.set(record.file, (inFile = new Map()));
            let paragraph = inFile.get(record.paragraph);
            if (!paragraph) {
                paragraph = { key: record.paragraph, file: record.file, paragraph: record.paragraph };
                inFile.set(record.paragraph, paragraph);
                this.paragraphs.push(paragraph);
            }
            let countryEntries = this.byCountry.get(record.country);
            if (!countryEntries) {
                this.byCountry.set(record.country, (countryEntries = new Map()));
                this.names.set(record.country, record.name);
            }
            let entry = countryEntries.get(paragraph);
            if (!entry) {
                entry = {
                    key: paragraph.key, file: record.file, paragraph: record.paragraph, country: record.country, name: record.name,
                    counts: emptyCounts(), position: null,
                };
                countryEntries.set(paragraph, entry);
                this.entries.push(entry);
            }
            entry.counts[record.stance] += record.count ?? 1;
        }
    }
    /** The positions of every record added; the builder is spent. */
    build() {
        const { paragraphs, entries, names } = this;
        const multiFile = this.byFile.size > 1;
        if (multiFile) {
            for (const paragraph of paragraphs)
                paragraph.key = `${paragraph.file}:${paragraph.paragraph}`;
            for (const entry of entries)
                entry.key = `${entry.file}:${entry.paragraph}`;
        }
        for (const entry of entries)
            entry.position = positionOf(entry.counts);
        const byCountry = new Map();
        for (const [country, countryEntries] of this.byCountry) {
            const byKey = new Map();
            for (const entry of countryEntries.values())
                byKey.set(entry.key, entry);
            byCountry.set(country, byKey);
            this.byCountry.delete(country);
        }
        // Made when first read: a map per paragraph is most of the memory a draft of many paragraphs takes.
        let byParagraph;
        return {
            multiFile, paragraphs, countries: [...byCountry.keys()].sort(compareCodes), names, entries, byCountry,
            get byParagraph() {
                return (byParagraph ??= groupByParagraph(entries));
            },
        };
    }
}
/** paragraph key -> country -> entry, each in the entries' order. */
function groupByParagraph(entries) {
    const byParagraph = new Map();
    for (const entry of entries) {
        let paragraphEntries = byParagraph.get(entry.key);
        if (!paragraphEntries)
            byParagraph.set(entry.key, (paragraphEntries = new Map()));
        paragraphEntries.set(entry.country, entry);
    }
    return byParagraph;
}
