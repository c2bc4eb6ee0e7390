import type { StanceTally } from '../analyses/matrix.js';
import { PositionTable } from '../analyses/position-table.js';
import { type Positions } from '../analyses/positions.js';
import type { CodeTable } from '../records/codes.js';
import { type ReportCounts } from '../formatters/report.js';
import type { Annotation, Paragraph, ParseResult, StanceRecord } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import type { RecordSettings } from './settings.js';
export interface GatheredRecords {
    result: ParseResult;
    /** Each input's decoded text, by the name records carry (`-` for standard input); empty unless kept. */
    sources: Map<string, string>;
}
/**
 * What gatherTallies gives: each delegation's stance counts on each paragraph (a PositionTable),
 * or with group expansion the records, and the paragraphs' order.
 */
export interface GatheredTallies extends Omit<GatheredRecords, 'result'> {
    result: {
        records: readonly StanceTally[] | PositionTable;
        paragraphs: Pick<Paragraph, 'file' | 'id'>[];
    };
}
export interface GatherOptions {
    /** Sees the merged records before the filters (the analytics commands expand groups there). */
    prepare?: (records: StanceRecord[], codes: CodeTable) => StanceRecord[];
    /** Keep each file's text: `paragraph` shows struck text from it; the others need not hold every file. */
    keepSources?: boolean;
    /** The command shows no paragraph (`country`): none is kept. */
    noParagraphs?: boolean;
    /** Which paragraphs' texts are kept (the HTML report's, `paragraph`'s own); the others are kept with none (''). gatherRecords alone keeps texts. */
    paragraphText?: (paragraph: Paragraph) => boolean;
    /** Keep every annotation (the HTML report lists them); the others need only the records. */
    keepAnnotations?: boolean;
    /** Sees each section's annotations, kept or not (the terminal report counts them). */
    seeAnnotations?: (annotations: readonly Annotation[]) => void;
    /** Sees each section's records after the filters (the records workbook writes them as they come). */
    seeRecords?: (records: readonly StanceRecord[]) => Promise<void>;
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
/**
 * What is kept of a paragraph: a plain copy, with its text (read once here) when `withText` says
 * it is shown, else with none (''): `country` and the workbook never show a text, and a paragraph
 * of megabytes, or 200,000 paragraphs, would hold theirs for nothing.
 */
export declare const copyOf: (withText: (paragraph: Paragraph) => boolean) => (paragraph: Paragraph) => Paragraph;
/** Whether a paragraph ID is one `--paragraph` names (every one without it). */
export declare function paragraphShown(filter: RecordSettings['filter']): (id: string) => boolean;
/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export declare function gatherRecords(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<GatheredRecords>;
/**
 * Each delegation's position on each paragraph (buildPositions), counted as the records come: what
 * `contested` and `blocs` start from, holding no record and no paragraph. With group expansion,
 * which needs every record, from gatherRecords.
 */
export declare function gatherPositions(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<Positions>;
/**
 * As gatherRecords, the records kept as stance counts per paragraph and delegation (PositionTable):
 * what the matrix counts, a few dozen bytes per cell however many records a draft has.
 */
export declare function gatherTallies(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<GatheredTallies>;
/**
 * What the terminal report shows (its matrix, and what its summary counts) as gatherTallies and
 * a ReportCounter gather it: no record and no annotation is held.
 */
export declare function gatherReport(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options?: GatherOptions): Promise<{
    matrix: GatheredTallies['result'];
    counts: ReportCounts;
}>;
