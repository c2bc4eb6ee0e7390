/** What the analytics commands hand their formatters: an analysis's result with what its display needs besides. */
import type { Agreement } from '../analyses/agreement.js';
import type { Blocs } from '../analyses/blocs.js';
import type { ContestedParagraph } from '../analyses/contested.js';
import type { CountrySummary } from '../analyses/country.js';
import type { LineRange, TraceResult } from '../trace/types.js';
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
/** A file the trace read, and the lines of it that it read (all when none). */
export interface TracedFile {
    file: string;
    lines?: LineRange;
}
export type TraceView = 'paragraphs' | 'proposals' | 'delegations';
/** What `trace` hands its formatters: the trace, filtered as asked, and what it was made from. */
export interface TraceOutput {
    /** The view asked for; none: each format's default (table: the overview, csv: proposals, json: all three). */
    view?: TraceView;
    trace: TraceResult;
    draft: TracedFile;
    later: TracedFile;
    base?: TracedFile;
    /** The overview: how many clearest successes and failures it shows. */
    examples: number;
}
