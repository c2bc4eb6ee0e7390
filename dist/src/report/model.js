/**
 * What the HTML report shows (and the trace, with `--later`): the analyses the terminal commands
 * run, computed once from the tallies and positions, and the long lists (paragraphs, findings,
 * records) read as the template lays them out. No Node built-in here or anywhere in src/report:
 * the report can be made wherever the library runs.
 */
import { computeAgreement } from '../analyses/agreement.js';
import { blocsDendrogram, clusterDelegations } from '../analyses/blocs.js';
import { rankFights } from '../analyses/contested.js';
import { emptyCounts } from '../analyses/matrix.js';
import { TallyMatrix } from '../analyses/matrix-view.js';
import { sourceLines } from '../analyses/paragraph-detail.js';
import { buildPositions, compareCodes } from '../analyses/positions.js';
import { addTo } from '../util/arrays.js';
/** A ReportInput's content: its lists as they are. */
export function contentOf(input) {
    const { result, sources } = input;
    const stances = emptyCounts();
    for (const record of result.records)
        stances[record.stance]++;
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
            const annotationsOf = new Map();
            for (const annotation of result.annotations)
                addTo(annotationsOf, pairKey(annotation.file, annotation.paragraph), annotation);
            for (const paragraph of result.paragraphs)
                yield { paragraph, annotations: annotationsOf.get(pairKey(paragraph.file, paragraph.id)) ?? [] };
        },
        findings: () => input.findings,
        recordParts: () => [{ records: result.records, closes: true }],
    };
}
/** A paragraph's key in the report's maps: its file and ID. */
export const pairKey = (file, paragraph) => `${file}\u0000${paragraph}`;
/** The anchor of the n-th (0-based) paragraph section. */
export const anchorOf = (index) => `p${index + 1}`;
/** The anchor of a heatmap column's paragraph section, null for none. */
export const columnAnchor = (model, column) => {
    const span = model.spanOfColumn[column] ?? -1;
    return span < 0 ? null : anchorOf(span);
};
export function buildReportModel(input) {
    return modelOf(contentOf(input));
}
export function modelOf(content) {
    const { spans, positions } = content;
    const matrix = new TallyMatrix(content.tallies, spans);
    const rowOf = new Map(matrix.rows.map((r, index) => [r.country, index]));
    // The last span of a column's paragraph is its section (a file given twice gives it twice).
    const spanOfColumn = new Int32Array(matrix.columnCount).fill(-1);
    spans.forEach((span, index) => {
        const column = matrix.findColumn(span.file, span.id);
        if (column !== undefined)
            spanOfColumn[column] = index;
    });
    const contested = rankFights(positions);
    const agreement = computeAgreement(positions);
    const blocs = clusterDelegations(agreement);
    const dendrogram = blocsDendrogram(agreement);
    const blocOf = new Map();
    blocs.clusters.forEach((cluster, index) => cluster.forEach((code) => blocOf.set(code, index + 1)));
    const placed = new Set(blocs.order);
    const rest = matrix.rows.map((r) => r.country).filter((code) => !placed.has(code)).sort(compareCodes);
    const blocOrder = [...blocs.order, ...rest].filter((code) => rowOf.has(code)).map((code) => rowOf.get(code));
    return {
        content, matrix, spanOfColumn, contested, agreement, blocs, dendrogram, blocOf, blocOrder,
        findingPlaces: new FindingPlaces(content.linesOf, spans),
    };
}
/** The paragraphs as the page shows them, in order: each with its anchor and heatmap column. */
export function* reportParagraphs(model) {
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
export function* cellRecords(model, shown) {
    const { matrix } = model;
    const rowOf = new Map(matrix.rows.map((r, index) => [r.country, index]));
    let cells = new Map();
    for (const { records, closes } of model.content.recordParts()) {
        for (const record of records) {
            addTo(cells, `${rowOf.get(record.country)},${matrix.findColumn(record.file, record.paragraph)}`, shown(record));
        }
        if (!closes)
            continue;
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
    linesOf;
    spans;
    lines = new Map();
    constructor(linesOf, spans) {
        this.linesOf = linesOf;
        this.spans = spans;
    }
    of(finding) {
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
            paragraph: holder >= 0 ? this.spans[holder].id : null,
        };
    }
}
/** For each line of `file`, the first of `spans` that holds it (-1 for none): one look-up a finding, not a search. */
function holdersOfLines(file, lineCount, spans) {
    const holders = new Int32Array(lineCount).fill(-1);
    // The last written wins: the paragraphs are written last to first.
    for (let index = spans.length - 1; index >= 0; index--) {
        const span = spans[index];
        if (span.file !== file)
            continue;
        for (let line = Math.max(span.startLine, 1); line <= Math.min(span.endLine, lineCount); line++)
            holders[line - 1] = index;
    }
    return holders;
}
const QUOTE_SIDE = 60;
/** The line around the (1-based) column: an ellipsis where it is cut, the token at the column apart. */
function quoteAround(line, column) {
    const at = Math.min(Math.max(column - 1, 0), line.length);
    // At most QUOTE_SIDE characters of it: a line of 100,000 codes with no space is one `\S*`, and each of its findings would quote it whole.
    const token = /^\S*/.exec(line.slice(at, at + QUOTE_SIDE))[0];
    const start = Math.max(0, at - QUOTE_SIDE);
    const end = Math.min(line.length, at + token.length + QUOTE_SIDE);
    const before = (start > 0 ? '…' : '') + line.slice(start, at).trimStart();
    const after = line.slice(at + token.length, end).trimEnd() + (end < line.length ? '…' : '');
    return [before, token, after];
}
