/**
 * What the HTML report shows, computed once from the parse (and the trace, with `--later`): the
 * analyses the terminal commands run, gathered in one plain object the template lays out. No
 * Node built-in here or anywhere in src/report: the report can be made wherever the library runs.
 */
import { type Agreement } from '../analyses/agreement.js';
import { type Blocs, type DendrogramNode } from '../analyses/blocs.js';
import { type ContestedParagraph } from '../analyses/contested.js';
import { type MatrixColumn, type MatrixView } from '../analyses/matrix-view.js';
import type { Finding } from '../check/findings.js';
import type { TraceResult } from '../trace/types.js';
import type { Annotation, Diagnostic, Paragraph, ParseResult, StanceRecord } from '../types.js';
/** What the report is made from. */
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
/** One paragraph as the report shows it: its struck runs are read from its file's lines (ReportModel.linesOf) when its section is written. */
export interface ReportParagraph {
    /** The HTML anchor of its section (`p1`, `p2`… in document order). */
    anchor: string;
    paragraph: Paragraph;
    annotations: Annotation[];
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
    input: ReportInput;
    /** The heatmap: read row by row, its cells with records alone (a draft of 20,000 paragraphs and 200 delegations has 4 million cells). */
    matrix: MatrixView;
    /** The matrix's columns in order. */
    columns: MatrixColumn[];
    /** The records of each heatmap cell, by `row,column` index into matrix.rows and columns. */
    cellRecords: Map<string, StanceRecord[]>;
    paragraphs: ReportParagraph[];
    /** Each file's text split at `\n` (sourceLines), by the name its records carry: the paragraphs' struck runs. */
    linesOf: ReadonlyMap<string, readonly string[] | undefined>;
    /** Heatmap column index -> the anchor of its paragraph section. */
    columnAnchors: (string | null)[];
    contested: ContestedParagraph[];
    agreement: Agreement;
    blocs: Blocs;
    dendrogram: DendrogramNode | null;
    /** Each matrix row's code -> its bloc (1-based), 0 when it is in none. */
    blocOf: Map<string, number>;
    /** Matrix row indices in bloc order: clustered delegations in the blocs' order, then the others by code. */
    blocOrder: number[];
    /** Places each of input.findings (quotes its line, finds its paragraph) as it is written. */
    findingPlaces: FindingPlaces;
}
/** A paragraph's key in the report's maps: its file and ID. */
export declare const pairKey: (file: string, paragraph: string) => string;
export declare function buildReportModel(input: ReportInput): ReportModel;
/**
 * Where each finding is (its line quoted, the paragraph holding it), found as it is written: a
 * draft may have 200,000 findings. Each file's lines are placed at its first finding.
 */
export declare class FindingPlaces {
    private readonly linesOf;
    private readonly paragraphs;
    private readonly lines;
    constructor(linesOf: ReportModel['linesOf'], paragraphs: readonly ReportParagraph[]);
    of(finding: Diagnostic): ReportFinding;
}
