import { matrixView } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
import { joinPieces } from './contract.js';
import { matrixTablePieces } from './matrix-table.js';
import { stanceStyle } from './terminal/colour.js';
import { plural } from './terminal/plural.js';
import { textWidth } from './terminal/width.js';
import { wrapIndented, wrapText } from './terminal/wrap.js';
/** Counts what the report summarises as it comes, holding no record (the CLI's sections). */
export class ReportCounter {
    files = new Map();
    delegations = new Set();
    stances = { support: 0, oppose: 0, delete: 0, other: 0 };
    errors = 0;
    warnings = 0;
    paragraphs(list) {
        for (const { file } of list)
            this.fileOf(file).paragraphs++;
    }
    annotations(list) {
        for (const { file } of list)
            this.fileOf(file).annotations++;
    }
    records(list) {
        for (const record of list) {
            this.fileOf(record.file).records++;
            this.delegations.add(record.country);
            this.stances[record.stance]++;
        }
    }
    diagnostics(list) {
        for (const diagnostic of list) {
            this.fileOf(diagnostic.file);
            if (diagnostic.severity === 'error')
                this.errors++;
            else
                this.warnings++;
        }
    }
    counts() {
        const files = [...this.files.values()];
        return {
            files: [...files.filter((f) => f.paragraphs > 0), ...files.filter((f) => f.paragraphs === 0)],
            delegations: this.delegations.size, stances: { ...this.stances }, errors: this.errors, warnings: this.warnings,
        };
    }
    fileOf(file) {
        let counts = this.files.get(file);
        if (!counts)
            this.files.set(file, (counts = { file, paragraphs: 0, annotations: 0, records: 0 }));
        return counts;
    }
}
/** What the report counts of a whole parse. */
export function reportCountsOf(result) {
    const counter = new ReportCounter();
    counter.paragraphs(result.paragraphs);
    counter.annotations(result.annotations);
    counter.records(result.records);
    counter.diagnostics(result.diagnostics);
    return counter.counts();
}
/**
 * The default terminal report: the matrix table, a blank line, then one summary over all inputs
 * (paragraphs, annotations, delegations, records per stance, diagnostics when there are any, and
 * a line per file when there are several). The summary comes last, where a terminal leaves it in
 * view once the pages have scrolled past. No line exceeds `width`; a summary line too wide
 * wraps under its own detail column, so the numbers stay aligned.
 */
export function formatReport(result, matrix, options) {
    return joinPieces(reportPieces(reportCountsOf(result), matrixView(matrix), options));
}
/** formatReport from what it counts (ReportCounter), for a caller that holds no record. */
export function formatReportOfCounts(counts, matrix, options) {
    return joinPieces(reportPieces(counts, matrixView(matrix), options));
}
/** The report's text, a page of its matrix at a time, then the summary. */
export function* reportPieces(counts, matrix, options) {
    const { chalk, width = 80, counts: numeric = false } = options;
    const summary = summaryLines(counts, chalk, options.findings).flatMap((line) => {
        if (textWidth(line.plain) <= width)
            return [line.styled];
        const column = line.detailAt ?? 0;
        if (column === 0 || width - column < 20)
            return wrapIndented(line.plain, width);
        return wrapText(line.plain.slice(column), width - column)
            .map((text, index) => `${index === 0 ? line.plain.slice(0, column) : ' '.repeat(column)}${text}`);
    });
    yield* matrixTablePieces(matrix, { chalk, width, counts: numeric });
    yield `\n${summary.join('\n')}\n`;
}
function summaryLines(counts, chalk, findings) {
    const total = (of) => counts.files.reduce((sum, file) => sum + file[of], 0);
    const perStance = STANCES.map((stance) => {
        const count = counts.stances[stance];
        return { plain: `${stance} ${count}`, styled: `${stanceStyle(chalk, stance)(stance)} ${count}` };
    });
    const rows = [
        ['Paragraphs', total('paragraphs')],
        ['Annotations', total('annotations')],
        ['Delegations', counts.delegations],
        ['Records', total('records'), {
                plain: `(${perStance.map((s) => s.plain).join(', ')})`,
                styled: `(${perStance.map((s) => s.styled).join(', ')})`,
            }],
    ];
    const errors = findings?.errors ?? counts.errors;
    const warnings = findings?.warnings ?? counts.warnings;
    if (errors + warnings > 0) {
        const detail = `(${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
        rows.push([findings ? 'Findings' : 'Diagnostics', errors + warnings, {
                plain: detail,
                styled: errors > 0 ? chalk.red(detail) : chalk.yellow(detail),
            }]);
    }
    // Align numbers in one column so the block reads as a table.
    const labelWidth = Math.max(...rows.map(([label]) => label.length));
    const numberWidth = Math.max(...rows.map(([, n]) => String(n).length));
    const lines = [{ plain: 'Summary', styled: chalk.bold('Summary') }];
    for (const [label, n, detail] of rows) {
        const head = `  ${label.padEnd(labelWidth)}  ${String(n).padStart(numberWidth)}`;
        lines.push(detail
            ? { plain: `${head}  ${detail.plain}`, styled: `${head}  ${detail.styled}`, detailAt: head.length + 2 }
            : { plain: head, styled: head });
    }
    if (counts.files.length > 1) {
        for (const { file, paragraphs, annotations, records } of counts.files) {
            const text = `  ${file}: ${plural(paragraphs, 'paragraph')}, ${plural(annotations, 'annotation')}, ${plural(records, 'record')}`;
            lines.push({ plain: text, styled: text });
        }
    }
    return lines;
}
