/**
 * The records that pass every part of the filter, in their order (the CLI's `--country`, `--paragraph`, `--stance`).
 *
 * @example
 * ```ts
 * const againstRussia = filterRecords(records, { countries: new Set(['RUS']), stances: new Set(['oppose', 'delete']) });
 * ```
 */
export function filterRecords(records, filter) {
    return records.filter(recordFilter(filter));
}
/** Whether a record passes the filter, the filter read once: for a caller that filters part by part. */
export function recordFilter(filter) {
    const key = (id) => id.toLowerCase().replace(/\s+/g, '');
    const paragraphs = filter.paragraphs && new Set([...filter.paragraphs].map(key));
    return (record) => (!filter.countries || filter.countries.has(record.country)) &&
        (!paragraphs || paragraphs.has(key(record.paragraph))) &&
        (!filter.stances || filter.stances.has(record.stance));
}
