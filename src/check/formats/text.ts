/**
 * The terminal format: `file:line:col severity rule message`, the offending line with a
 * caret under the column, and a summary that counts findings by rule. Past `maxPerRule`
 * findings of one rule in one file, the rest are counted, not listed (machine formats list all).
 */
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../findings.js';

export interface TextOptions {
  chalk: ChalkInstance;
  /** Source lines by file, for the excerpt under each finding. */
  sources: ReadonlyMap<string, string[]>;
  /** 0 lists every finding. */
  maxPerRule?: number;
  width?: number;
}

const EXCERPT_CONTEXT = 30;

function excerpt(line: string, column: number, width: number): { text: string; caret: number } {
  const chars = [...line];
  const room = Math.max(20, width - 10);
  if (chars.length <= room) return { text: line, caret: column - 1 };
  const start = Math.max(0, Math.min(column - 1 - EXCERPT_CONTEXT, chars.length - room + 2));
  const end = Math.min(chars.length, start + room - 2);
  const text = `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  return { text, caret: column - 1 - start + (start > 0 ? 1 : 0) };
}

export function formatFindingsText(findings: readonly Finding[], options: TextOptions): string {
  const { chalk, sources, maxPerRule = 5, width = 80 } = options;
  const out: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.file}\0${f.rule}`;
    const count = (shown.get(key) ?? 0) + 1;
    shown.set(key, count);
    if (maxPerRule > 0 && count > maxPerRule) {
      hidden.set(f.rule, (hidden.get(f.rule) ?? 0) + 1);
      continue;
    }
    const severity = f.severity === 'error' ? chalk.red.bold('error') : chalk.yellow.bold('warning');
    out.push(`${chalk.bold(`${f.file}:${f.line}:${f.column}`)} ${severity} ${chalk.dim(f.rule)} ${f.message}`);
    const line = sources.get(f.file)?.[f.line - 1];
    if (line !== undefined) {
      const { text, caret } = excerpt(line, f.column, width);
      const gutter = `${f.line} | `;
      out.push(`${chalk.dim(gutter)}${text}`, `${' '.repeat(gutter.length + caret)}${chalk.red('^')}`);
    }
  }
  out.push(summary(findings, hidden, chalk));
  return `${out.join('\n')}\n`;
}

function summary(findings: readonly Finding[], hidden: ReadonlyMap<string, number>, chalk: ChalkInstance): string {
  if (findings.length === 0) return chalk.green('No findings.');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ×${n}`);
  const files = new Set(findings.map((f) => f.file)).size;
  const head = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  const more = [...hidden.values()].reduce((a, b) => a + b, 0);
  const tail = more > 0 ? `\n${more} more not listed (at most a few per rule and file; --max-per-rule 0 or --format json lists all)` : '';
  return `${errors > 0 ? chalk.red.bold(head) : chalk.yellow.bold(head)} (${rules.join(', ')})${tail}`;
}
