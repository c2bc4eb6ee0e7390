import { plural } from '../terminal/plural.js';
const EXCERPT_CONTEXT = 30;
function excerpt(line, column, width) {
    const chars = [...line];
    const room = Math.max(20, width - 10);
    if (chars.length <= room)
        return { text: line, caret: column - 1 };
    const start = Math.max(0, Math.min(column - 1 - EXCERPT_CONTEXT, chars.length - room + 2));
    const end = Math.min(chars.length, start + room - 2);
    const text = `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
    return { text, caret: column - 1 - start + (start > 0 ? 1 : 0) };
}
export function textReport(options) {
    const { chalk, maxPerRule = 5, width = 80 } = options;
    const shown = new Map();
    const tally = { errors: 0, warnings: 0, byRule: new Map(), files: new Set(), hidden: 0 };
    const add = ({ findings, sources }) => {
        let out = '';
        for (const f of findings) {
            if (f.severity === 'error')
                tally.errors++;
            else
                tally.warnings++;
            tally.byRule.set(f.rule, (tally.byRule.get(f.rule) ?? 0) + 1);
            tally.files.add(f.file);
            const key = `${f.file}\0${f.rule}`;
            const count = (shown.get(key) ?? 0) + 1;
            shown.set(key, count);
            if (maxPerRule > 0 && count > maxPerRule) {
                tally.hidden++;
                continue;
            }
            const severity = f.severity === 'error' ? chalk.red.bold('error') : chalk.yellow.bold('warning');
            out += `${chalk.bold(`${f.file}:${f.line}:${f.column}`)} ${severity} ${chalk.dim(f.rule)} ${f.message}\n`;
            const line = sources?.get(f.file)?.[f.line - 1];
            if (line !== undefined) {
                const { text, caret } = excerpt(line, f.column, width);
                const gutter = `${f.line} | `;
                out += `${chalk.dim(gutter)}${text}\n${' '.repeat(gutter.length + caret)}${chalk.red('^')}\n`;
            }
        }
        return out;
    };
    return { start: () => '', add, end: () => `${summary(tally, chalk)}\n` };
}
function summary(tally, chalk) {
    const { errors, warnings, byRule, files, hidden } = tally;
    if (errors + warnings === 0)
        return chalk.green('No findings.');
    const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ×${n}`);
    const head = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.size, 'file')}`;
    const tail = hidden > 0 ? `\n${hidden} more not listed (at most a few per rule and file; --max-per-rule 0 or --format json lists all)` : '';
    return `${errors > 0 ? chalk.red.bold(head) : chalk.yellow.bold(head)} (${rules.join(', ')})${tail}`;
}
