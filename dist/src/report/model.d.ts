/**
 * What the HTML report shows (and the trace, with `--later`): the analyses the terminal commands
 * run, computed once from the tallies and positions, and the long lists (paragraphs, findings,
 * records) read as the template lays them out. No Node built-in here or anywhere in src/report:
 * the report can be made wherever the library runs.
 */
import { type Agreement } from '../analyses/agreement.js';
import { type Blocs, type DendrogramNode } from '../analyses/blocs.js';
import { type ContestedParagraph } from '../analyses/contested.js';
import { type StanceTally } from '../analyses/matrix.js';
import { TallyMatrix } from '../analyses/matrix-view.js';
import type { PositionTable } from '../analyses/position-table.js';
import { type Positions } from '../analyses/positions.js';
import type { Finding } from '../check/findings.js';
import type { TraceResult } from '../trace/types.js';
import type { Diagnostic, Paragraph, ParseResult, Stance, StanceRecord } from '../types.js';
/** What the report is made from, held whole (the library's way: a parse in memory). */
export interface ReportInput {
    /** Every file's parse, merged and filtered (as `matrix` reads them). */
    result: ParseResult;
    /** Each file's text as read (`\n` line ends) by the name its records carry: the paragraphs' struck runs and the findings' lines. */
    sources: ReadonlyMap<string, string>;
    /** The `check` findings of each file, in file order. */
    findings: readonly Finding[];
    /** The trace of the first file into `--later`, filtered as asked, with what it read. */
    trace?: {
        result: TraceResult;
        draft: string;
        later: string;
    };
    /** `kyoto-parse x.y.z`, shown in the footer (no date: the same input gives the same bytes). */
    generator: string;
    /** The files, as given. */
    files: readonly string[];
}
/** What the summary counts. */
export interface ReportCounts {
    paragraphs: number;
    annotations: number;
    records: number;
    stances: Record<Stance, number>;
    findings: number;
    diagnostics: number;
}
/** Where a paragraph is: what the heatmap's links, the contested list and the findings need of it. */
export type ParagraphSpan = Pick<Paragraph, 'file' | 'id' | 'startLine' | 'endLine'>;
/**
 * What the page is made from: the counts, the tallies and the positions held; the paragraphs, the
 * findings and the records given again each time they are asked for, in order. The CLI reads its
 * files again for each (cli/report-content.ts), so that no list of them is held; a ReportInput
 * gives its lists (contentOf).
 */
export interface ReportContent {
    files: readonly string[];
    generator: string;
    trace?: ReportInput['trace'];
    counts: ReportCounts;
    /** The records, or their tallies: the heatmap. */
    tallies: readonly StanceTally[] | PositionTable;
    positions: Positions;
    /** Every paragraph shown, in order: the n-th is the section `p<n>`, and a heatmap column when it has records. */
    spans: readonly ParagraphSpan[];
    /** Each file's text split at `\n` (sourceLines), by the name its records carry: the paragraphs' struck runs, the findings' lines. */
    linesOf: ReadonlyMap<string, readonly string[] | undefined>;
    /** The paragraphs of `spans`, in its order, each with its text and annotations (which may be read again each time they are asked for). */
    paragraphs(): Iterable<{
        paragraph: Paragraph;
        annotations: Iterable<ShownAnnotation>;
    }>;
    /** The `check` findings of each file, in file order. */
    findings(): Iterable<Finding>;
    /**
     * The records in order, a part at a time: a part that `closes` ends a run that no heatmap cell
     * spans (a paragraph's, or all of them), whose cells can then be written.
     */
    recordParts(): Iterable<{
        records: readonly StanceRecord[];
        closes: boolean;
    }>;
}
/** What the page shows of an annotation: its source and line, and each segment's stance, label and delegations. */
export interface ShownAnnotation {
    source: string;
    line: number;
    segments: readonly {
        stance: Stance;
        label: string;
        mentions: readonly {
            country: string;
        }[];
    }[];
}
/** A ReportInput's content: its lists as they are. */
export declare function contentOf(input: ReportInput): ReportContent;
/** One paragraph as the report shows it: its struck runs are read from its file's lines (ReportContent.linesOf) when its section is written. */
export interface ReportParagraph {
    /** The HTML anchor of its section (`p1`, `p2`… in document order). */
    anchor: string;
    paragraph: Paragraph;
    /** Read twice: for the marks in its text, then for the list under it. */
    annotations: Iterable<ShownAnnotation>;
    /** The heatmap column it has, if it has records. */
    column: number | null;
}
export interface ReportFinding {
    finding: Diagnostic;
    /** Up to 60 characters of its source line either side of its column: before, the token at the column, after. */
    quote: [string, string, string];
    /** The anchor of the paragraph holding the line, if one does. */
    paragraphAnchor: string | null;
    paragraph: string | null;
}
export interface ReportModel {
    content: ReportContent;
    /** The heatmap: read row by row, its cells with records alone (a draft of 20,000 paragraphs and 200 delegations has 4 million cells); its columns made as they are written. */
    matrix: TallyMatrix;
    /** Heatmap column -> the content.spans index of its paragraph section (columnAnchor), -1 for none. */
    spanOfColumn: Int32Array;
    contested: ContestedParagraph[];
    agreement: Agreement;
    blocs: Blocs;
    dendrogram: DendrogramNode | null;
    /** Each matrix row's code -> its bloc (1-based), 0 when it is in none. */
    blocOf: Map<string, number>;
    /** Matrix row indices in bloc order: clustered delegations in the blocs' order, then the others by code. */
    blocOrder: number[];
    /** Places each finding (quotes its line, finds its paragraph) as it is written. */
    findingPlaces: FindingPlaces;
}
/** A paragraph's key in the report's maps: its file and ID. */
export declare const pairKey: (file: string, paragraph: string) => string;
/** The anchor of the n-th (0-based) paragraph section. */
export declare const anchorOf: (index: number) => string;
/** The anchor of a heatmap column's paragraph section, null for none. */
export declare const columnAnchor: (model: ReportModel, column: number) => string | null;
export declare function buildReportModel(input: ReportInput): ReportModel;
export declare function modelOf(content: ReportContent): ReportModel;
/** The paragraphs as the page shows them, in order: each with its anchor and heatmap column. */
export declare function reportParagraphs(model: ReportModel): Generator<ReportParagraph>;
/**
 * What `shown` makes of the records of each heatmap cell, by `row,column` index into matrix.rows
 * and columns, in the order of their first records: grouped a run at a time, which no cell spans
 * (ReportContent.recordParts), holding what `shown` makes of them, not the records.
 */
export declare function cellRecords<T>(model: ReportModel, shown: (record: StanceRecord) => T): Generator<[string, T[]]>;
/**
 * Where each finding is (its line quoted, the paragraph holding it), found as it is written: a
 * draft may have 200,000 findings. Each file's lines are placed at its first finding.
 */
export declare class FindingPlaces {
    private readonly linesOf;
    private readonly spans;
    private readonly lines;
    constructor(linesOf: ReportContent['linesOf'], spans: readonly ParagraphSpan[]);
    of(finding: Diagnostic): ReportFinding;
}
