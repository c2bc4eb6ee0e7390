import { stringify } from 'csv-stringify/sync';
import { RECORD_COLUMNS } from '../types.js';
import { inBatches } from '../util/arrays.js';
import { csvOptions } from './csv-options.js';
function stringifyOptions({ escapeFormulas = true }) {
    return csvOptions(escapeFormulas);
}
/** A record's cells in RECORD_COLUMNS order; booleans as `true`/`false` (csv-stringify would write `1` and an empty cell). */
function rowOf(record) {
    return RECORD_COLUMNS.map((column) => {
        const value = record[column];
        return typeof value === 'boolean' ? String(value) : value;
    });
}
/** The header row of the long CSV: RECORD_COLUMNS, `\n`-terminated. Written once, before any rows. */
export function formatRecordsCsvHeader(options = {}) {
    return stringify([[...RECORD_COLUMNS]], stringifyOptions(options));
}
/**
 * The long CSV's rows for `records`, one `\n`-terminated line each, without the header (empty for
 * no records). The header then the rows of each part in turn make the same text as
 * formatRecordsCsv of all the records: a caller can write one file's records at a time.
 */
export function formatRecordsCsvRows(records, options = {}) {
    // Rows as arrays of cells rather than objects with `columns` and `cast`: the same text, cheaper.
    return stringify(records.map(rowOf), stringifyOptions(options));
}
/** The long CSV: a header row of RECORD_COLUMNS, then one row per record, `\n` line ends. */
export function formatRecordsCsv(records, options = {}) {
    return formatRecordsCsvHeader(options) + formatRecordsCsvRows(records, options);
}
/** formatRecordsCsv's text in pieces: the header, then the rows some at a time. */
export function* recordsCsvPieces(records, options = {}) {
    yield formatRecordsCsvHeader(options);
    for (const batch of inBatches(records))
        yield formatRecordsCsvRows(batch, options);
}
/** The long CSV written part by part (a part: the records of one paragraph, or of one file): the header first, then each part's rows. */
export function recordsCsvStream(context) {
    return {
        start: () => formatRecordsCsvHeader(context),
        add: (records) => formatRecordsCsvRows(records, context),
        end: () => '',
    };
}
