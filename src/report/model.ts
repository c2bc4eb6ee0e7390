/**
 * What the HTML report shows (and the trace, with `--later`): the analyses the terminal commands
 * run, computed once from the tallies and positions, and the long lists (paragraphs, findings,
 * records) read as the template lays them out. No Node built-in here or anywhere in src/report:
 * the report can be made wherever the library runs.
 */
import { computeAgreement, type Agreement } from '../analyses/agreement.js';
import { blocsDendrogram, clusterDelegations, type Blocs, type DendrogramNode } from '../analyses/blocs.js';
import { rankFights, type ContestedParagraph } from '../analyses/contested.js';
import { emptyCounts, type StanceTally } from '../analyses/matrix.js';
import { TallyMatrix } from '../analyses/matrix-view.js';
import { sourceLines } from '../analyses/paragraph-detail.js';
import type { PositionTable } from '../analyses/position-table.js';
import { buildPositions, compareCodes, type Positions } from '../analyses/positions.js';
import type { Finding } from '../check/findings.js';
import type { TraceResult } from '../trace/types.js';
import type { Annotation, Diagnostic, Paragraph, ParseResult, Stance, StanceRecord } from '../types.js';
import { addTo } from '../util/arrays.js';

/** What the report is made from, held whole (the library's way: a parse in memory). */
export interface ReportInput {
  /** Every file's parse, merged and filtered (as `matrix` reads them). */
  result: ParseResult;
  /** Each file's text as read (`\n` line ends) by the name its records carry: the paragraphs' struck runs and the findings' lines. */
  sources: ReadonlyMap<string, string>;
  /** The `check` findings of each file, in file order. */
  findings: readonly Finding[];
  /** The trace of the first file into `--later`, filtered as asked, with what it read. */
  trace?: { result: TraceResult; draft: string; later: string };
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
  paragraphs(): Iterable<{ paragraph: Paragraph; annotations: Iterable<ShownAnnotation> }>;
  /** The `check` findings of each file, in file order. */
  findings(): Iterable<Finding>;
  /**
   * The records in order, a part at a time: a part that `closes` ends a run that no heatmap cell
   * spans (a paragraph's, or all of them), whose cells can then be written.
   */
  recordParts(): Iterable<{ records: readonly StanceRecord[]; closes: boolean }>;
}

/** What the page shows of an annotation: its source and line, and each segment's stance, label and delegations. */
export interface ShownAnnotation {
  source: string;
  line: number;
  segments: readonly { stance: Stance; label: string; mentions: readonly { country: string }[] }[];
}

/** A ReportInput's content: its lists as they are. */
export function contentOf(input: ReportInput): ReportContent {
  const { result, sources } = input;
  const stances = emptyCounts();
  for (const record of result.records) stances[record.stance]++;
  return {
    files: input.files, generator: input.generator, trace: input.trace,
    counts: {
      paragraphs: result.paragraphs.length, annotations: result.annotations.length, records: result.records.length, stances,
      findings: input.findings.length, diagnostics: result.diagnostics.length,
    },
    tallies: result.records,
    positions: buildPositions(result.records),
    spans: result.paragraphs,
    linesOf: new Map([...sources].map(([file, text]) => [file, sourceLines(text)])),
    *paragraphs() {
      const annotationsOf = new Map<string, Annotation[]>();
      for (const annotation of result.annotations) addTo(annotationsOf, pairKey(annotation.file, annotation.paragraph), annotation);
      for (const paragraph of result.paragraphs) yield { paragraph, annotations: annotationsOf.get(pairKey(paragraph.file, paragraph.id)) ?? [] };
    },
    findings: () => input.findings,
    recordParts: () => [{ records: result.records, closes: true }],
  };
}

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
export const pairKey = (file: string, paragraph: string) => `${file}\u0000${paragraph}`;

/** The anchor of the n-th (0-based) paragraph section. */
export const anchorOf = (index: number) => `p${index + 1}`;

/** The anchor of a heatmap column's paragraph section, null for none. */
export const columnAnchor = (model: ReportModel, column: number): string | null => {
  const span = model.spanOfColumn[column] ?? -1;
  return span < 0 ? null : anchorOf(span);
};

export function buildReportModel(input: ReportInput): ReportModel {
  return modelOf(contentOf(input));
}

export function modelOf(content: ReportContent): ReportModel {
  const { spans, positions } = content;
  const matrix = new TallyMatrix(content.tallies, spans);
  const rowOf = new Map(matrix.rows.map((r, index) => [r.country, index]));

  // The last span of a column's paragraph is its section (a file given twice gives it twice).
  const spanOfColumn = new Int32Array(matrix.columnCount).fill(-1);
  spans.forEach((span, index) => {
    const column = matrix.findColumn(span.file, span.id);
    if (column !== undefined) spanOfColumn[column] = index;
  });

  const contested = rankFights(positions);
  const agreement = computeAgreement(positions);
  const blocs = clusterDelegations(agreement);
  const dendrogram = blocsDendrogram(agreement);
  const blocOf = new Map<string, number>();
  blocs.clusters.forEach((cluster, index) => cluster.forEach((code) => blocOf.set(code, index + 1)));
  const placed = new Set(blocs.order);
  const rest = matrix.rows.map((r) => r.country).filter((code) => !placed.has(code)).sort(compareCodes);
  const blocOrder = [...blocs.order, ...rest].filter((code) => rowOf.has(code)).map((code) => rowOf.get(code)!);

  return {
    content, matrix, spanOfColumn, contested, agreement, blocs, dendrogram, blocOf, blocOrder,
    findingPlaces: new FindingPlaces(content.linesOf, spans),
  };
}

/** The paragraphs as the page shows them, in order: each with its anchor and heatmap column. */
export function* reportParagraphs(model: ReportModel): Generator<ReportParagraph> {
  let index = 0;
  for (const { paragraph, annotations } of model.content.paragraphs()) {
    yield { anchor: anchorOf(index++), paragraph, annotations, column: model.matrix.findColumn(paragraph.file, paragraph.id) ?? null };
  }
}

/**
 * What `shown` makes of the records of each heatmap cell, by `row,column` index into matrix.rows
 * and columns, in the order of their first records: grouped a run at a time, which no cell spans
 * (ReportContent.recordParts), holding what `shown` makes of them, not the records.
 */
export function* cellRecords<T>(model: ReportModel, shown: (record: StanceRecord) => T): Generator<[string, T[]]> {
  const { matrix } = model;
  const rowOf = new Map(matrix.rows.map((r, index) => [r.country, index]));
  let cells = new Map<string, T[]>();
  for (const { records, closes } of model.content.recordParts()) {
    for (const record of records) {
      addTo(cells, `${rowOf.get(record.country)},${matrix.findColumn(record.file, record.paragraph)}`, shown(record));
    }
    if (!closes) continue;
    yield* cells;
    cells = new Map();
  }
  yield* cells;
}

/**
 * Where each finding is (its line quoted, the paragraph holding it), found as it is written: a
 * draft may have 200,000 findings. Each file's lines are placed at its first finding.
 */
export class FindingPlaces {
  private readonly lines = new Map<string, { text: readonly string[]; holders: Int32Array }>();

  constructor(private readonly linesOf: ReportContent['linesOf'], private readonly spans: readonly ParagraphSpan[]) {}

  of(finding: Diagnostic): ReportFinding {
    let fileLines = this.lines.get(finding.file);
    if (!fileLines) {
      const text = this.linesOf.get(finding.file) ?? [''];
      fileLines = { text, holders: holdersOfLines(finding.file, text.length, this.spans) };
      this.lines.set(finding.file, fileLines);
    }
    const holder = fileLines.holders[finding.line - 1] ?? -1;
    return {
      finding,
      quote: quoteAround(fileLines.text[finding.line - 1] ?? '', finding.column),
      paragraphAnchor: holder >= 0 ? anchorOf(holder) : null,
      paragraph: holder >= 0 ? this.spans[holder]!.id : null,
    };
  }
}

/** For each line of `file`, the first of `spans` that holds it (-1 for none): one look-up a finding, not a search. */
function holdersOfLines(file: string, lineCount: number, spans: readonly ParagraphSpan[]): Int32Array {
  const holders = new Int32Array(lineCount).fill(-1);
  // The last written wins: the paragraphs are written last to first.
  for (let index = spans.length - 1; index >= 0; index--) {
    const span = spans[index]!;
    if (span.file !== file) continue;
    for (let line = Math.max(span.startLine, 1); line <= Math.min(span.endLine, lineCount); line++) holders[line - 1] = index;
  }
  return holders;
}

const QUOTE_SIDE = 60;

/** The line around the (1-based) column: an ellipsis where it is cut, the token at the column apart. */
function quoteAround(line: string, column: number): [string, string, string] {
  const at = Math.min(Math.max(column - 1, 0), line.length);
  // At most QUOTE_SIDE characters of it: a line of 100,000 codes with no space is one `\S*`, and each of its findings would quote it whole.
  const token = /^\S*/.exec(line.slice(at, at + QUOTE_SIDE))![0];
  const start = Math.max(0, at - QUOTE_SIDE);
  const end = Math.min(line.length, at + token.length + QUOTE_SIDE);
  const before = (start > 0 ? '…' : '') + line.slice(start, at).trimStart();
  const after = line.slice(at + token.length, end).trimEnd() + (end < line.length ? '…' : '');
  return [before, token, after];
}
