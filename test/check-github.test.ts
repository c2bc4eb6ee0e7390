// `check --format github`: GitHub shows 10 error and 10 warning annotations per step; a closing
// notice counts the rest, and with GITHUB_STEP_SUMMARY every finding goes to the step summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/check/findings.js';
import { githubReport } from '../src/formatters/check/github.js';
import { markdownCell, STEP_SUMMARY_BYTES, stepSummaryReport } from '../src/formatters/check/step-summary.js';
import { runCli } from './cli-in-process.js';

const FIX = 'fixtures/check';
const REFERENCE = 'fixtures/kyoto-6227-20-annexes.txt';

const github = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(['check', '--format', 'github', ...args], { env: { GITHUB_STEP_SUMMARY: undefined, ...env } });

interface JsonFinding { file: string; line: number; column: number; severity: 'error' | 'warning'; rule: string; message: string }
const jsonFindings = async (args: string[]) => JSON.parse((await runCli(['check', '--format', 'json', ...args])).stdout) as JsonFinding[];

const finding = (severity: 'error' | 'warning', line: number): Finding =>
  ({ file: 'a.txt', line, column: 1, severity, rule: severity === 'error' ? 'stray-closer' : 'aliased-code', message: 'm' });
const whole = (findings: Finding[], stepSummary = false) => {
  const report = githubReport({ stepSummary });
  return report.start() + report.add({ findings }) + report.end();
};

describe('the closing notice', () => {
  it('none when neither kind passes 10', () => {
    const out = whole([...Array.from({ length: 10 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 10 }, (_, i) => finding('warning', i + 1))]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(20);
    expect(out).not.toContain('::notice');
  });

  it('counts what GitHub will not show, by kind', () => {
    const out = whole([...Array.from({ length: 11 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 3 }, (_, i) => finding('warning', i + 1))]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines.at(-1)).toBe('::notice title=kyoto-parse check::kyoto-parse check: 11 errors, 3 warnings; GitHub shows 10 annotations of each kind per step, so 1 error is not shown as annotations: kyoto-parse check --format text lists all of them.');
  });

  it('the reference draft: the errors and warnings past 10 each, and the step summary named when written', async () => {
    const all = await jsonFindings([REFERENCE]);
    const errors = all.filter((f) => f.severity === 'error').length;
    const warnings = all.length - errors;
    expect(errors).toBeGreaterThan(10);
    expect(warnings).toBeGreaterThan(10);
    const { status, stdout } = await github([REFERENCE]);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(all.length + 1);
    expect(lines.slice(0, -1).every((line) => /^::(error|warning) /.test(line))).toBe(true);
    expect(lines.at(-1)).toBe(`::notice title=kyoto-parse check::kyoto-parse check: ${errors} errors, ${warnings} warnings; GitHub shows 10 annotations of each kind per step, so ${errors - 10} errors and ${warnings - 10} warnings are not shown as annotations: kyoto-parse check --format text lists all of them.`);
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-summary-'));
    const withSummary = await github([REFERENCE], { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') });
    expect(withSummary.stdout.trimEnd().split('\n').at(-1)).toMatch(/: all of them are listed in the step summary\.$/);
  });

  it('a notice, not an annotation, so it is not itself hidden; nothing for the clean draft', async () => {
    expect((await github([`${FIX}/clean.txt`])).stdout).toBe('');
  });
});

describe('the step summary (GITHUB_STEP_SUMMARY)', () => {
  const summaryFile = () => join(mkdtempSync(join(tmpdir(), 'kyoto-summary-')), 'step-summary.md');

  it('appends a Markdown table of every finding to the file, after what is there', async () => {
    const file = summaryFile();
    writeFileSync(file, '## Earlier step\n\n');
    const files = [REFERENCE, `${FIX}/several-faults.txt`];
    const { status } = await github(files, { GITHUB_STEP_SUMMARY: file });
    expect(status).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('## Earlier step\n\n### kyoto-parse check\n\n| file | line | column | severity | rule | message |\n|---|---:|---:|---|---|---|\n')).toBe(true);
    const rows = text.split('\n').filter((line) => /^\| (?!file |---)/.test(line));
    const all = await jsonFindings(files);
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const f = all[i];
      expect(row).toBe(`| ${f.file} | ${f.line} | ${f.column} | ${f.severity} | \`${f.rule}\` | ${markdownCell(f.message)} |`);
    });
    const errors = all.filter((f) => f.severity === 'error').length;
    expect(text).toContain(`\n${errors} errors, ${all.length - errors} warnings in 2 files.\n`);
  });

  it('a second run appends again; a clean run says so', async () => {
    const file = summaryFile();
    await github([`${FIX}/clean.txt`], { GITHUB_STEP_SUMMARY: file });
    await github([`${FIX}/unknown-code.txt`], { GITHUB_STEP_SUMMARY: file });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('### kyoto-parse check\n\nNo findings.\n\n### kyoto-parse check\n\n| file |')).toBe(true);
  });

  it('only for --format github, and not when the variable is empty', async () => {
    const file = summaryFile();
    await runCli(['check', '--format', 'json', `${FIX}/unknown-code.txt`], { env: { GITHUB_STEP_SUMMARY: file } });
    await github([`${FIX}/unknown-code.txt`], { GITHUB_STEP_SUMMARY: '' });
    expect(() => readFileSync(file)).toThrow();
  });

  it('a file that cannot be written: one line on stderr, the annotations and status as usual', async () => {
    const { status, stdout, stderr } = await github([`${FIX}/unknown-code.txt`], { GITHUB_STEP_SUMMARY: '/no/such/dir/summary.md' });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^::error /);
    expect(stderr).toBe("kyoto-parse: cannot append to the step summary '/no/such/dir/summary.md': no such file\n");
  });

  it('escapes `|` (and line ends and HTML) in cells', () => {
    expect(markdownCell('a | b\nc <d>')).toBe('a \\| b c &lt;d&gt;');
    const report = stepSummaryReport();
    const out = report.add({ findings: [{ ...finding('error', 3), file: 'x|y.txt', message: '`a|b` is bad' }] }) + report.end();
    expect(out).toContain('| x\\|y.txt | 3 | 1 | error | `stray-closer` | `a\\|b` is bad |\n');
  });

  it('stays under GitHub\'s 1 MiB per step, and counts the rows left out', () => {
    const report = stepSummaryReport();
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...finding('warning', i + 1), message: `a message long enough to fill the summary quickly, number ${i}` }));
    const out = report.add({ findings: many }) + report.end();
    expect(Buffer.byteLength(out)).toBeLessThan(STEP_SUMMARY_BYTES);
    const rows = out.split('\n').filter((line) => line.startsWith('| a.txt')).length;
    expect(rows).toBeLessThan(20_000);
    expect(out).toContain(`0 errors, 20000 warnings in 1 file. ${20_000 - rows} more not listed`);
  });
});
