/**
 * The records that pass every part of the filter, in their order (the CLI's `--country`, `--paragraph`, `--stance`).
 *
 * @example
 * ```ts
 * const againstRussia = filterRecords(records, { countries: new Set(['RUS']), stances: new Set(['oppose', 'delete']) });
 * ```
 */
export function filterRecords(records, filter) {
    const paragraphs = filter.paragraphs && new Set([...filter.paragraphs].map((id) => id.toLowerCase()));
    return records.filter((record) => (!filter.countries || filter.countries.has(record.country)) &&
        (!paragraphs || paragraphs.has(record.paragraph.toLowerCase())) &&
        (!filter.stances || filter.stances.has(record.stance)));
}
