/** Record filters shared by every command: `--country`, `--paragraph`, `--stance`. */
import type { Stance, StanceRecord } from '../types.js';
export interface RecordFilter {
    /** Canonical codes. */
    countries?: ReadonlySet<string>;
    /** Paragraph IDs as output (`OP6 Bis`, `OP1#2`), compared case-insensitively. */
    paragraphs?: ReadonlySet<string>;
    stances?: ReadonlySet<Stance>;
}
export declare function filterRecords(records: StanceRecord[], filter: RecordFilter): StanceRecord[];
