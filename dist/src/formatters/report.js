import { STANCES } from '../types.js';
import { formatMatrixTable } from './matrix-table.js';
import { stanceStyle } from './terminal/colour.js';
import { plural } from './terminal/plural.js';
import { textWidth } from './terminal/width.js';
import { wrapIndented, wrapText } from './terminal/wrap.js';
/**
 * The default terminal report: the matrix table, a blank line, then one summary over all inputs
 * (paragraphs, annotations, delegations, records per stance, diagnostics when there are any, and
 * a line per file when there are several). The summary comes last, where a terminal leaves it in
 * view once the pages have scrolled past. No line exceeds `width`; a summary line too wide
 * wraps under its own detail column, so the numbers stay aligned.
 */
export function formatReport(result, matrix, options) {
    const { chalk, width = 80, counts = false } = options;
    const summary = summaryLines(result, chalk, options.findings).flatMap((line) => {
        if (textWidth(line.plain) <= width)
            return [line.styled];
        const column = line.detailAt ?? 0;
        if (column === 0 || width - column < 20)
            return wrapIndented(line.plain, width);
        return wrapText(line.plain.slice(column), width - column)
            .map((text, index) => `${index === 0 ? line.plain.slice(0, column) : ' '.repeat(column)}${text}`);
    });
    return `${formatMatrixTable(matrix, { chalk, width, counts })}\n${summary.join('\n')}\n`;
}
function summaryLines(result, chalk, findings) {
    const { paragraphs, annotations, records, diagnostics } = result;
    const delegations = new Set(records.map((record) => record.country)).size;
    const perStance = STANCES.map((stance) => {
        const count = records.filter((record) => record.stance === stance).length;
        return { plain: `${stance} ${count}`, styled: `${stanceStyle(chalk, stance)(stance)} ${count}` };
    });
    const rows = [
        ['Paragraphs', paragraphs.length],
        ['Annotations', annotations.length],
        ['Delegations', delegations],
        ['Records', records.length, {
                plain: `(${perStance.map((s) => s.plain).join(', ')})`,
                styled: `(${perStance.map((s) => s.styled).join(', ')})`,
            }],
    ];
    const errors = findings?.errors ?? diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = findings?.warnings ?? diagnostics.length - errors;
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
    const files = inputFiles(result);
    if (files.length > 1) {
        for (const file of files) {
            const text = `  ${file}: ${plural(paragraphs.filter((p) => p.file === file).length, 'paragraph')}, `
                + `${plural(annotations.filter((a) => a.file === file).length, 'annotation')}, `
                + `${plural(records.filter((r) => r.file === file).length, 'record')}`;
            lines.push({ plain: text, styled: text });
        }
    }
    return lines;
}
/** Files in order of first appearance; paragraphs first, as they cover every file read. */
function inputFiles(result) {
    const files = new Set();
    for (const list of [result.paragraphs, result.annotations, result.records, result.diagnostics]) {
        for (const item of list)
            files.add(item.file);
    }
    return [...files];
}
