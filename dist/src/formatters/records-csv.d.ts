import { type StanceRecord } from '../types.js';
import type { StreamedFormat } from './contract.js';
export interface RecordsCsvOptions {
    /**
     * Prefix `'` to any cell that begins with `=`, `+`, `-`, `@`, tab or CR (guardFormula), so a
     * spreadsheet does not run a label or excerpt as a formula; an exact `-` (standard input) is left.
     * Numbers (line, column) are never touched. Default true; turn off for byte-faithful text.
     */
    escapeFormulas?: boolean;
}
/** The header row of the long CSV: RECORD_COLUMNS, `\n`-terminated. Written once, before any rows. */
export declare function formatRecordsCsvHeader(options?: RecordsCsvOptions): string;
/**
 * The long CSV's rows for `records`, one `\n`-terminated line each, without the header (empty for
 * no records). The header then the rows of each part in turn make the same text as
 * formatRecordsCsv of all the records: a caller can write one file's records at a time.
 */
export declare function formatRecordsCsvRows(records: readonly StanceRecord[], options?: RecordsCsvOptions): string;
/** The long CSV: a header row of RECORD_COLUMNS, then one row per record, `\n` line ends. */
export declare function formatRecordsCsv(records: readonly StanceRecord[], options?: RecordsCsvOptions): string;
/** formatRecordsCsv's text in pieces: the header, then the rows some at a time. */
export declare function recordsCsvPieces(records: readonly StanceRecord[], options?: RecordsCsvOptions): Generator<string>;
/** The long CSV written part by part (a part: the records of one paragraph, or of one file): the header first, then each part's rows. */
export declare function recordsCsvStream(context: RecordsCsvOptions): StreamedFormat<readonly StanceRecord[]>;
