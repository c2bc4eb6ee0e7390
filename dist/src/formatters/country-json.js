import { RECORD_COLUMNS } from '../types.js';
/**
 * One delegation's positions as pretty JSON:
 *
 * ```
 * { "country": "GBR", "name": "United Kingdom",
 *   "summary": { "records", "paragraphs", "supported", "opposed", "deleted", "other" },
 *   "records": [ ...records, keys in the CSV column order ] }
 * ```
 */
export function formatCountryJson({ summary, records }) {
    const { country, name, ...counts } = summary;
    const output = {
        country,
        name,
        summary: counts,
        records: records.map((record) => Object.fromEntries(RECORD_COLUMNS.map((key) => [key, record[key]]))),
    };
    return `${JSON.stringify(output, null, 2)}\n`;
}
