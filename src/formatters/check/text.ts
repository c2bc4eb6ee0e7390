/**
 * The terminal format: `file:line:col severity rule message`, the offending line with a
 * caret under the column, and a summary that counts findings by rule. Past `maxPerRule`
 * findings of one rule in one file, the rest are counted, not listed (machine formats list all).
 * Written finding by finding; the summary comes at the end.
 */
import type { ChalkInstance } from 'chalk';
import { plural } from '../terminal/plural.js';
import { chunk, textWidth } from '../terminal/width.js';
import { wrapText, wrapWords, type StyledWord } from '../terminal/wrap.js';
import type { CheckedFile, FindingsReport } from './findings-report.js';

export interface TextOptions {
  chalk: ChalkInstance;
  /** 0 lists every finding. */
  maxPerRule?: number;
  width?: number;
  /** Every line within `width`: a finding's line wrapped, its excerpt fitted beside the gutter. */
  wrap?: boolean;
}

/** A finding's line and a wrapped one's next lines start here. */
const HANGING = '  ';

const EXCERPT_CONTEXT = 30;

/** `chars`: the line's characters (code points), split once for all of its findings. */
function excerpt(line: string, chars: readonly string[], column: number, room: number): { text: string; caret: number } {
  if (chars.length <= room) return { text: line, caret: column - 1 };
  const start = Math.max(0, Math.min(column - 1 - EXCERPT_CONTEXT, chars.length - room + 2));
  const end = Math.min(chars.length, start + room - 2);
  const text = `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  return { text, caret: column - 1 - start + (start > 0 ? 1 : 0) };
}

/** What the summary counts, gathered as the findings go by. */
interface Tally {
  errors: number;
  warnings: number;
  byRule: Map<string, number>;
  files: Set<string>;
  /** Findings past maxPerRule, counted and not listed. */
  hidden: number;
}

export function textReport(options: TextOptions): FindingsReport {
  const { chalk, maxPerRule = 5, width = 80, wrap = false } = options;
  const shown = new Map<string, number>();
  const tally: Tally = { errors: 0, warnings: 0, byRule: new Map(), files: new Set(), hidden: 0 };
  // A line of 100,000 codes may hold 100,000 findings: split it once, not once a finding.
  let lastLine: string | undefined;
  let lastChars: string[] = [];
  const charsOf = (line: string): string[] => {
    if (line !== lastLine) [lastLine, lastChars] = [line, [...line]];
    return lastChars;
  };
  const add = ({ findings, sources }: CheckedFile): string => {
    let out = '';
    for (const f of findings) {
      if (f.severity === 'error') tally.errors++;
      else tally.warnings++;
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
      const location = `${f.file}:${f.line}:${f.column}`;
      if (!wrap) out += `${chalk.bold(location)} ${severity} ${chalk.dim(f.rule)} ${f.message}\n`;
      else {
        const words = [
          ...styledWords(location, chalk.bold, width), ...styledWords(f.severity, () => severity, width),
          ...styledWords(f.rule, chalk.dim, width), ...styledWords(f.message, String, width),
        ];
        out += `${wrapWords(words, width, '', HANGING).join('\n')}\n`;
      }
      const line = sources?.get(f.file)?.[f.line - 1];
      if (line !== undefined) {
        const gutter = `${f.line} | `;
        const room = wrap ? Math.max(3, width - gutter.length) : Math.max(20, width - 10);
        const { text, caret } = excerpt(line, charsOf(line), f.column, room);
        const at = wrap ? Math.min(caret, Math.max(0, width - gutter.length - 1)) : caret;
        out += `${chalk.dim(gutter)}${text}\n${' '.repeat(gutter.length + at)}${chalk.red('^')}\n`;
      }
    }
    return out;
  };
  return { start: () => '', add, end: () => `${summary(tally, chalk, wrap ? width : undefined)}\n` };
}

/**
 * `text`'s words, each shown through `style`; a word wider than a wrapped line (a long path) is
 * cut into pieces that fit, never cut short.
 */
function styledWords(text: string, style: (text: string) => string, width: number): StyledWord[] {
  const room = Math.max(1, width - HANGING.length);
  return text.split(/\s+/).filter(Boolean).flatMap((word) => (textWidth(word) > room ? chunk(word, room) : [word]))
    .map((plain) => ({ plain, styled: style(plain) }));
}

/** The closing summary; wrapped to `width` when one is given. */
function summary(tally: Tally, chalk: ChalkInstance, width: number | undefined): string {
  const { errors, warnings, byRule, files, hidden } = tally;
  if (errors + warnings === 0) return chalk.green('No findings.');
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ×${n}`);
  const head = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.size, 'file')}`;
  const headStyle = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  const more = hidden > 0 ? `${hidden} more not listed (at most a few per rule and file; --max-per-rule 0 or --format json lists all)` : '';
  if (width === undefined) return `${headStyle(head)} (${rules.join(', ')})${more ? `\n${more}` : ''}`;
  const words = [...styledWords(head, headStyle, width + HANGING.length), ...styledWords(`(${rules.join(', ')})`, String, width + HANGING.length)];
  return [...wrapWords(words, width, ''), ...(more ? wrapText(more, width) : [])].join('\n');
}
