import { inBatches } from '../util/arrays.js';
import { STREAMED_ARRAY, StreamedJson } from '../util/streamed-json.js';
import { orderRecordKeys } from './records-json.js';
/**
 * One delegation's positions as pretty JSON:
 *
 * ```
 * { "country": "GBR", "name": "United Kingdom",
 *   "summary": { "records", "paragraphs", "supported", "opposed", "deleted", "other" },
 *   "records": [ ...records, keys in the CSV column order ] }
 * ```
 */
export function* countryJsonPieces({ summary, records }) {
    const { country, name, ...counts } = summary;
    const document = new StreamedJson({ country, name, summary: counts, records: STREAMED_ARRAY });
    for (const batch of inBatches(records))
        yield document.items(batch.map(orderRecordKeys));
    yield document.end();
}
