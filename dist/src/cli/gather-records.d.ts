import { type StanceTally } from '../analyses/matrix.js';
import { type Positions } from '../analyses/positions.js';
import type { CodeTable } from '../records/codes.js';
import type { Paragraph, ParseResult, StanceRecord } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import type { RecordSettings } from './settings.js';
export interface GatheredRecords {
    result: ParseResult;
    /** Each input's decoded text, by the name records carry (`-` for standard input); empty unless kept. */
    sources: Map<string, string>;
}
/** What gatherTallies gives: the records as tallies of one delegation's stance on one paragraph. */
export interface GatheredTallies extends Omit<GatheredRecords, 'result'> {
    result: {
        records: StanceTally[];
        paragraphs: Pick<Paragraph, 'file' | 'id'>[];
    };
}
export interface GatherOptions {
    /** Sees the merged records before the filters (the analytics commands expand groups there). */
    prepare?: (records: StanceRecord[], codes: CodeTable) => StanceRecord[];
    /** Keep each file's text: `paragraph` shows struck text from it; the others need not hold every file. */
    keepSources?: boolean;
    /** Keep every annotation (the HTML report lists them); the others need only the records. */
    keepAnnotations?: boolean;
    /** Records the command needs (`paragraph` keeps only its paragraph's); the others are dropped as they come. */
    keep?: (record: StanceRecord) => boolean;
    /** `--quiet`: no progress line. */
    quiet?: boolean;
}
/** Each file's findings, counted (or listed) as `check` gives them. */
export declare function findingsOf(summary: DiagnosticsSummary, settings: RecordSettings, result: ParseResult, draft: {
    file: string;
    text: string;
}): void;
/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export declare function gatherRecords(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<GatheredRecords>;
/**
 * Each delegation's position on each paragraph (buildPositions), counted as the records come: what
 * `contested` and `blocs` start from, holding no record and no paragraph. With group expansion,
 * which needs every record, from gatherRecords.
 */
export declare function gatherPositions(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<Positions>;
/**
 * As gatherRecords, the records kept as tallies (StanceTallies): what the matrix, `contested`
 * and `blocs` count, holding one entry per cell however many records a draft has.
 */
export declare function gatherTallies(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<GatheredTallies>;
