/**
 * What stderr says about a draft's faults: one account, the one `check` gives. Each file's
 * findings are counted as `check` counts them (its rules, the configuration file's choices);
 * with `--diagnostics` they are listed as `check`'s text format lists them, file by file as soon
 * as a file's are known (so memory does not grow with an archive's findings), closed by its
 * summary; without, the invalid-encoding warnings are said and a closing line counts the rest
 * and says what they are.
 */
import type { Finding } from '../check/findings.js';
import { QuotedLines } from '../check/quoted-lines.js';
import { textReport } from '../formatters/check/text.js';
import type { CheckedFile, FindingsReport } from '../formatters/check/findings-report.js';
import { chalkFor } from '../formatters/terminal/colour.js';
import { streamWidth } from './terminal-width.js';
import { plural } from '../formatters/terminal/plural.js';
import type { CliIo } from './cli-io.js';

/** What the closing line calls a rule's findings, where a plural of the rule's name reads badly. */
const NOUNS: Record<string, string> = {
  'aliased-code': 'aliased codes',
  'unknown-code': 'unknown codes',
  'duplicate-code': 'duplicate codes',
  'paragraph-numbering': 'numbering gaps',
  'repeated-paragraph': 'repeated paragraphs',
  'invalid-encoding': 'lines with invalid bytes',
  'unclosed-group': 'unclosed brackets',
  'empty-group': 'empty groups',
  'empty-code-list': 'empty code lists',
};

export interface SummaryOptions {
  /** `--diagnostics`: every finding, as `check` lists them. */
  listAll: boolean;
  /** `--quiet`: nothing but errors, so no closing line. */
  quiet?: boolean;
  /** The input files, named in the closing line's `kyoto-parse check FILE`. */
  files: readonly string[];
}

export class DiagnosticsSummary {
  private total = 0;
  private errors = 0;
  private readonly byRule = new Map<string, number>();
  /** Aliases as written with the code each stands for, and how often: the commonest is the closing line's example. */
  private readonly aliases = new Map<string, number>();
  private readonly report?: FindingsReport;
  /** The text whose lines the listed findings quote, read forwards. */
  private quoting?: { text: string; lines: QuotedLines };

  constructor(private readonly options: SummaryOptions, private readonly io: CliIo) {
    if (options.listAll) {
      const terminal = io.stderr.isTTY === true;
      this.report = textReport({ chalk: chalkFor(io.env, terminal), maxPerRule: 0, width: streamWidth(io.stderr, io.env), wrap: terminal });
    }
  }

  /** True with `--diagnostics`: the findings are listed, and so add() needs them all; else count() is enough. */
  get listing(): boolean {
    return this.report !== undefined;
  }

  /** One finding counted (not listed): a caller that reads a file part by part need not keep them. */
  count(finding: Finding): void {
    const line = this.tally(finding);
    if (line) this.io.stderr.write(line);
  }

  /** One file's findings (all, or the next of them in order), with its text when they are listed (the lines they quote). */
  add(file: string, findings: readonly Finding[], text?: string): void {
    let lines = '';
    for (const f of findings) lines += this.tally(f);
    if (this.report) {
      // A file's findings may come in several batches: its lines are read forwards once.
      if (text !== undefined && this.quoting?.text !== text) this.quoting = { text, lines: new QuotedLines(text) };
      const checked: CheckedFile = { findings, sources: text === undefined ? undefined : new Map([[file, this.quoting!.lines.of(findings)]]) };
      lines += this.report.add(checked);
    }
    if (lines) this.io.stderr.write(lines);
  }

  /** Counts one finding; returns what is said of it at once (an invalid-encoding warning), else ''. */
  private tally(f: Finding): string {
    this.total++;
    if (f.severity === 'error') this.errors++;
    this.byRule.set(f.rule, (this.byRule.get(f.rule) ?? 0) + 1);
    if (f.rule === 'aliased-code') {
      const written = /^`([^`]+)` is an alias: write `([^`]+)`/.exec(f.message);
      const alias = written && `${written[1]} for ${written[2]}`;
      if (alias) this.aliases.set(alias, (this.aliases.get(alias) ?? 0) + 1);
    }
    // Problems with the input itself are always said, one line each.
    return !this.report && f.rule === 'invalid-encoding' ? `kyoto-parse: ${f.file}:${f.line}: warning: ${f.message}\n` : '';
  }

  /** The findings counted so far, as the report's summary shows them. */
  counts(): { errors: number; warnings: number } {
    return { errors: this.errors, warnings: this.total - this.errors };
  }

  end(): void {
    if (this.report) {
      if (this.total > 0) this.io.stderr.write(this.report.end());
      return;
    }
    if (this.total === 0 || this.options.quiet) return;
    this.io.stderr.write(`kyoto-parse: ${this.closingLine()}\n`);
  }

  /** `231 findings (145 aliased codes such as UK for GBR, 21 errors): kyoto-parse check FILE lists them`. */
  private closingLine(): string {
    const parts: string[] = [];
    const [rule, count] = [...this.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    if (count < this.total || this.errors === 0) {
      const alias = [...this.aliases].sort((a, b) => b[1] - a[1])[0]?.[0];
      parts.push(`${count} ${NOUNS[rule] ?? `${rule} findings`}${rule === 'aliased-code' && alias ? ` such as ${alias}` : ''}`);
    }
    if (this.errors > 0) parts.push(plural(this.errors, 'error'));
    const { files } = this.options;
    const named = files.length <= 3 ? files.map(shellWord).join(' ') : 'FILES';
    return `${plural(this.total, 'finding')} (${parts.join(', ')}): kyoto-parse check ${named} lists them`;
  }
}

/** A file name as a shell reads it back (quoted when it holds anything but plain characters). */
const shellWord = (name: string): string => (/^[\w./-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`);
