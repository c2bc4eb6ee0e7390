/**
 * What the HTML report shows, computed once from the parse (and the trace, with `--later`): the
 * analyses the terminal commands run, gathered in one plain object the template lays out. No
 * Node built-in here or anywhere in src/report: the report can be made wherever the library runs.
 */
import { computeAgreement } from '../analyses/agreement.js';
import { blocsDendrogram, clusterDelegations } from '../analyses/blocs.js';
import { rankContested } from '../analyses/contested.js';
import { TallyMatrix } from '../analyses/matrix-view.js';
import { sourceLines } from '../analyses/paragraph-detail.js';
import { buildPositions, compareCodes } from '../analyses/positions.js';
/** A paragraph's key in the report's maps: its file and ID. */
export const pairKey = (file, paragraph) => `${file}\u0000${paragraph}`;
export function buildReportModel(input) {
    const { result, sources } = input;
    const matrix = new TallyMatrix(result.records, result.paragraphs);
    const columns = Array.from({ length: matrix.columnCount }, (_, index) => matrix.column(index));
    const columnOf = new Map(columns.map((c, index) => [pairKey(c.file, c.paragraph), index]));
    const rowOf = new Map(matrix.rows.map((r, index) => [r.country, index]));
    const cellRecords = new Map();
    for (const record of result.records) {
        const key = `${rowOf.get(record.country)},${columnOf.get(pairKey(record.file, record.paragraph))}`;
        const list = cellRecords.get(key);
        if (list)
            list.push(record);
        else
            cellRecords.set(key, [record]);
    }
    const annotationsOf = new Map();
    for (const annotation of result.annotations) {
        const key = pairKey(annotation.file, annotation.paragraph);
        const list = annotationsOf.get(key);
        if (list)
            list.push(annotation);
        else
            annotationsOf.set(key, [annotation]);
    }
    const columnAnchors = columns.map(() => null);
    const linesOf = new Map([...sources].map(([file, text]) => [file, sourceLines(text)]));
    const paragraphs = result.paragraphs.map((paragraph, index) => {
        const key = pairKey(paragraph.file, paragraph.id);
        const anchor = `p${index + 1}`;
        const column = columnOf.get(key) ?? null;
        if (column !== null)
            columnAnchors[column] = anchor;
        return { anchor, paragraph, annotations: annotationsOf.get(key) ?? [], column };
    });
    const positions = buildPositions(result.records);
    const contested = rankContested(positions).filter((p) => p.score > 0);
    const agreement = computeAgreement(positions);
    const blocs = clusterDelegations(agreement);
    const dendrogram = blocsDendrogram(agreement);
    const blocOf = new Map();
    blocs.clusters.forEach((cluster, index) => cluster.forEach((code) => blocOf.set(code, index + 1)));
    const placed = new Set(blocs.order);
    const rest = matrix.rows.map((r) => r.country).filter((code) => !placed.has(code)).sort(compareCodes);
    const blocOrder = [...blocs.order, ...rest].filter((code) => rowOf.has(code)).map((code) => rowOf.get(code));
    return {
        input, matrix, columns, cellRecords, paragraphs, linesOf, columnAnchors, contested, agreement, blocs, dendrogram, blocOf, blocOrder,
        findingPlaces: new FindingPlaces(linesOf, paragraphs),
    };
}
/**
 * Where each finding is (its line quoted, the paragraph holding it), found as it is written: a
 * draft may have 200,000 findings. Each file's lines are placed at its first finding.
 */
export class FindingPlaces {
    linesOf;
    paragraphs;
    lines = new Map();
    constructor(linesOf, paragraphs) {
        this.linesOf = linesOf;
        this.paragraphs = paragraphs;
    }
    of(finding) {
        let fileLines = this.lines.get(finding.file);
        if (!fileLines) {
            const text = this.linesOf.get(finding.file) ?? [''];
            fileLines = { text, holders: holdersOfLines(finding.file, text.length, this.paragraphs) };
            this.lines.set(finding.file, fileLines);
        }
        const holder = this.paragraphs[fileLines.holders[finding.line - 1] ?? -1];
        return {
            finding,
            quote: quoteAround(fileLines.text[finding.line - 1] ?? '', finding.column),
            paragraphAnchor: holder?.anchor ?? null,
            paragraph: holder?.paragraph.id ?? null,
        };
    }
}
/** For each line of `file`, the first of `paragraphs` whose lines hold it (-1 for none): one look-up a finding, not a search. */
function holdersOfLines(file, lineCount, paragraphs) {
    const holders = new Int32Array(lineCount).fill(-1);
    // The last written wins: the paragraphs are written last to first.
    for (let index = paragraphs.length - 1; index >= 0; index--) {
        const { paragraph } = paragraphs[index];
        if (paragraph.file !== file)
            continue;
        for (let line = Math.max(paragraph.startLine, 1); line <= Math.min(paragraph.endLine, lineCount); line++)
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
