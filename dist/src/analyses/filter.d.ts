/** Record filters shared by every command: `--country`, `--paragraph`, `--stance`. */
import type { Stance, StanceRecord } from '../types.js';
/** Which records filterRecords keeps: each set given must hold the record's value; a set left out keeps all. */
export interface RecordFilter {
    /** Canonical codes. */
    countries?: ReadonlySet<string>;
    /** Paragraph IDs as output (`OP6 Bis`, `OP1#2`), compared ignoring case and spacing (`op6bis`). */
    paragraphs?: ReadonlySet<string>;
    stances?: ReadonlySet<Stance>;
}
/**
 * The records that pass every part of the filter, in their order (the CLI's `--country`, `--paragraph`, `--stance`).
 *
 * @example
 * ```ts
 * const againstRussia = filterRecords(records, { countries: new Set(['RUS']), stances: new Set(['oppose', 'delete']) });
 * ```
 */
export declare function filterRecords(records: StanceRecord[], filter: RecordFilter): StanceRecord[];
/** Whether a record passes the filter, the filter read once: for a caller that filters part by part. */
export declare function recordFilter(filter: RecordFilter): (record: StanceRecord) => boolean;
