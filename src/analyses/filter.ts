/** Record filters shared by every command: `--country`, `--paragraph`, `--stance`. */
import type { Stance, StanceRecord } from '../types.js';

export interface RecordFilter {
  /** Canonical codes. */
  countries?: ReadonlySet<string>;
  /** Paragraph IDs as output (`OP6 Bis`, `OP1#2`), compared case-insensitively. */
  paragraphs?: ReadonlySet<string>;
  stances?: ReadonlySet<Stance>;
}

export function filterRecords(records: StanceRecord[], filter: RecordFilter): StanceRecord[] {
  const paragraphs = filter.paragraphs && new Set([...filter.paragraphs].map((id) => id.toLowerCase()));
  return records.filter((record) =>
    (!filter.countries || filter.countries.has(record.country)) &&
    (!paragraphs || paragraphs.has(record.paragraph.toLowerCase())) &&
    (!filter.stances || filter.stances.has(record.stance)));
}
