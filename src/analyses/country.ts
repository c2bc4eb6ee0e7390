/** One delegation's positions: its records on every paragraph and a summary of them. */
import type { StanceRecord } from '../types.js';

export interface CountrySummary {
  country: string;
  name: string;
  records: number;
  /** Paragraphs with at least one record of the delegation. */
  paragraphs: number;
  /** Paragraphs with at least one `support` record. */
  supported: number;
  /** Paragraphs with at least one `oppose` record. */
  opposed: number;
  /** Paragraphs with at least one `delete` record. */
  deleted: number;
  /** Paragraphs with at least one `other` record. */
  other: number;
}

/**
 * Counts paragraphs, not records: a paragraph on which the delegation both proposed wording and
 * asked to delete some counts once as supported and once as sought to delete. Paragraphs of
 * different files are different paragraphs.
 */
export function summariseCountry(country: string, name: string, records: readonly StanceRecord[]): CountrySummary {
  const sets = { all: new Set<string>(), support: new Set<string>(), oppose: new Set<string>(), delete: new Set<string>(), other: new Set<string>() };
  let count = 0;
  for (const record of records) {
    if (record.country !== country) continue;
    count += 1;
    const key = `${record.file}\u0000${record.paragraph}`;
    sets.all.add(key);
    sets[record.stance].add(key);
  }
  return {
    country, name, records: count, paragraphs: sets.all.size,
    supported: sets.support.size, opposed: sets.oppose.size, deleted: sets.delete.size, other: sets.other.size,
  };
}
