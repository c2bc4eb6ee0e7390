/** What the analytics commands hand their formatters: an analysis's result with what its display needs besides. */
import type { Agreement } from '../analyses/agreement.js';
import type { Blocs } from '../analyses/blocs.js';
import type { ContestedParagraph } from '../analyses/contested.js';
import type { CountrySummary } from '../analyses/country.js';
import type { StanceRecord } from '../types.js';
export interface CountryResult {
    summary: CountrySummary;
    records: readonly StanceRecord[];
    /** Codes of the groups `--expand-groups` counted for their members: records with such a `raw` are marked. */
    expandedGroups: ReadonlySet<string>;
}
export interface ContestedResult {
    /** The paragraphs shown (`--top`), by rank. */
    shown: readonly ContestedParagraph[];
    /** How many paragraphs had a position at all (the ranking's length before `--top`). */
    total: number;
}
export interface BlocsResult {
    agreement: Agreement;
    blocs: Blocs;
}
