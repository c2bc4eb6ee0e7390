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
    const files = new Set(records.map((record) => record.file));
    const multiFile = files.size > 1;
    const keyOf = (record) => (multiFile ? `${record.file}:${record.paragraph}` : record.paragraph);
    const paragraphs = [];
    const byParagraph = new Map();
    const byCountry = new Map();
    const names = new Map();
    const entries = [];
    for (const record of records) {
        const key = keyOf(record);
        let paragraphEntries = byParagraph.get(key);
        if (!paragraphEntries) {
            paragraphEntries = new Map();
            byParagraph.set(key, paragraphEntries);
            paragraphs.push({ key, file: record.file, paragraph: record.paragraph });
        }
        let entry = paragraphEntries.get(record.country);
        if (!entry) {
            entry = {
                key, file: record.file, paragraph: record.paragraph, country: record.country, name: record.name,
                counts: emptyCounts(), position: null,
            };
            paragraphEntries.set(record.country, entry);
            entries.push(entry);
            let countryEntries = byCountry.get(record.country);
            if (!countryEntries) {
                countryEntries = new Map();
                byCountry.set(record.country, countryEntries);
                names.set(record.country, record.name);
            }
            countryEntries.set(key, entry);
        }
        entry.counts[record.stance] += 1;
    }
    for (const entry of entries)
        entry.position = positionOf(entry.counts);
    return {
        multiFile, paragraphs, countries: [...byCountry.keys()].sort(compareCodes), names, entries, byCountry, byParagraph,
    };
}
