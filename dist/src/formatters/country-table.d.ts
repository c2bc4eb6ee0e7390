import type { CountrySummary } from '../analyses/country.js';
import { type FormatContext } from './contract.js';
import type { CountryResult } from './results.js';
/**
 * One delegation's records for the terminal: the summary line (wrapped), then a table of
 * paragraph, stance, label and excerpt, one row per record, by paragraph (paragraphs in order of
 * their first record, each paragraph's records in document order). A paragraph's ID
 * is written on its first row only; with several files, each file gets a heading. Labels and
 * excerpts too long for their column are wrapped onto more lines, never cut to a few words, so
 * that every excerpt can be read and no line passes `width`. Records added by `--expand-groups` show the group in brackets after the
 * stance (`support (EU)`).
 */
export declare function formatCountryTable(result: CountryResult, context: Pick<FormatContext, 'chalk' | 'width'>): string;
/** formatCountryTable's text in pieces (lines FORMATTED_AT_ONCE at a time): 80,000 records of one delegation are never laid out at once. */
export declare function countryTablePieces({ summary, records, expandedGroups }: CountryResult, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): Generator<string>;
/** `GBR United Kingdom: supported 12, opposed 5, sought to delete 4 of 19 paragraphs (31 records; other 1)`. */
export declare function summaryLine(summary: CountrySummary): string;
