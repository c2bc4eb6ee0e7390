import type { CountryResult } from './results.js';
/**
 * One delegation's positions as pretty JSON:
 *
 * ```
 * { "country": "GBR", "name": "United Kingdom",
 *   "summary": { "records", "paragraphs", "supported", "opposed", "deleted", "other" },
 *   "records": [ ...records, keys in the CSV column order ] }
 * ```
 */
export declare function countryJsonPieces({ summary, records }: Pick<CountryResult, 'summary' | 'records'>): Generator<string>;
