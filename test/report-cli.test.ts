// `kyoto-parse report` (issue 23) in process, through main (the binary's entry): the page's
// delivery, its size and determinism, its self-containment, and the options' errors. The page in a
// browser is test/report-browser.test.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { checkDraft, type Finding } from '../src/check/findings.js';
import { detectNotation } from '../src/profiles/detect.js';
import type { CliIo } from '../src/cli/cli-io.js';
import { DiagnosticsSummary } from '../src/cli/diagnostics.js';
import { readReportContent } from '../src/cli/report-content.js';
import { ConfigFiles, recordSettings } from '../src/cli/settings.js';
import { htmlPagePieces, htmlReportPieces } from '../src/report/index.js';
import type { ParseResult } from '../src/types.js';
import { runCli } from './cli-in-process.js';

const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
const FINAL = 'fixtures/kyoto-final-6456-21.txt';
const REFERENCE = ['report', DRAFT, '--later', FINAL, '--draft-lines', '108-443', '--base-lines', '444-701'];

describe('kyoto-parse report', () => {
  let page: string;
  let dir: string;
  beforeAll(async () => {
    const run = await runCli(REFERENCE);
    expect(run.status, run.stderr).toBe(0);
    page = run.stdout;
    dir = mkdtempSync(join(tmpdir(), 'kyoto-report-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one HTML page on standard output when it is not a terminal', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    for (const section of ['summary', 'heatmap', 'paragraphs', 'contested', 'blocs', 'findings', 'trace']) {
      expect(page).toContain(`<section id="${section}"`);
    }
  });

  it('refuses a terminal without -o: one line, exit 2', async () => {
    const run = await runCli(['report', DRAFT], { terminal: { columns: 100 } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/-o FILE/);
  });

  it('writes -o FILE on a terminal, and never over an input', async () => {
    const file = join(dir, 'report.html');
    const run = await runCli([...REFERENCE, '-o', file], { terminal: { columns: 100 } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(page);
    const onto = await runCli(['report', DRAFT, '-o', DRAFT]);
    expect(onto.status).toBe(2);
    expect(onto.stderr).toMatch(/one of the input files/);
  });

  it('gives the same bytes for the same input', async () => {
    const again = await runCli(REFERENCE);
    expect(again.stdout === page).toBe(true);
  });

  it('keeps the reference draft\'s report, with the trace, below 1.5 MB', () => {
    const bytes = Buffer.byteLength(page);
    expect(bytes).toBeLessThan(1_500_000);
  });

  it('asks for nothing outside itself: no external script, style, image, font or link', () => {
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/<(script|img|iframe|source|video|audio)\b[^>]*\ssrc=/i);
    expect(page).not.toMatch(/@import|@font-face|url\(/i);
    expect(page).not.toMatch(/\b(href|src|action)="(?!#)/i);
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('marks the heatmap cells by the contract', () => {
    const cells = [...page.matchAll(/<td [^>]*data-country="([^"]+)" data-paragraph="([^"]+)"[^>]* data-stances="([SODX]+)"/g)];
    expect(cells.length).toBeGreaterThan(500);
    expect(page).toContain('data-country="CAN" data-paragraph="OP21" data-stances="SD"');
    expect(page).toMatch(/<aside data-detail id="detail" hidden/);
    expect(page).toMatch(/<section id="trace" data-trace/);
  });

  it('shows only the delegations and paragraphs asked for', async () => {
    const run = await runCli(['report', DRAFT, '--country', 'CAN,UK', '--paragraph', 'OP21,OP1']);
    expect(run.status, run.stderr).toBe(0);
    const countries = new Set([...run.stdout.matchAll(/data-country="([^"]+)"/g)].map((m) => m[1]));
    const paragraphs = new Set([...run.stdout.matchAll(/data-paragraph="([^"]+)"/g)].map((m) => m[1]));
    expect([...countries].sort()).toEqual(['CAN', 'GBR']);
    expect([...paragraphs].sort()).toEqual(['OP1', 'OP21']);
    expect(run.stdout).not.toContain('data-trace');
  });

  it('refuses options that do not fit', async () => {
    const two = await runCli(['report', DRAFT, FINAL, '--later', FINAL]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/--later traces one draft/);
    const lines = await runCli(['report', DRAFT, '--draft-lines', '1-5']);
    expect(lines.status).toBe(2);
    expect(lines.stderr).toMatch(/only go with --later/);
    const past = await runCli(['report', DRAFT, '--later', FINAL, '--draft-lines', '1-99999']);
    expect(past.status).toBe(2);
    expect(past.stderr).toMatch(/goes past the end/);
    const missing = await runCli(['report', DRAFT, '--later', join(dir, 'none.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('escapes what the draft holds', async () => {
    const run = await runCli(['report', '-'], { input: '1. Recalls <img src=x onerror=alert(1)> & "more" [USA; oppose: FRA]\n' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;');
  });

  it('needs no Node built-in in src/report (the page could be made anywhere)', () => {
    for (const file of readdirSync('src/report')) {
      const source = readFileSync(join('src/report', file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path|os|url|child_process)['"/]/);
      expect(source, file).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });
});

// The CLI reads its files again for each long list as it writes the page (cli/report-content.ts):
// the page must be the one the library makes from the whole parse held in memory (contentOf).
describe('kyoto-parse report, read again as it is written', () => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  /** The page the library makes from each file's whole parse, merged and filtered as the CLI's options say. */
  function pageInMemory(files: string[], filter: { countries?: string[]; paragraphs?: string[] } = {}): string {
    const result: ParseResult = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
    const sources = new Map<string, string>();
    const findings: Finding[] = [];
    const key = (id: string) => id.toLowerCase().replace(/\s+/g, '');
    const shown = (id: string) => !filter.paragraphs || filter.paragraphs.map(key).includes(key(id));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const notation = detectNotation(text);
      const parsed = parseDraft(text, { file, notation });
      result.paragraphs.push(...parsed.paragraphs.filter((p) => shown(p.id)));
      result.annotations.push(...parsed.annotations.filter((a) => shown(a.paragraph)));
      result.records.push(...parsed.records.filter((r) => shown(r.paragraph) && (!filter.countries || filter.countries.includes(r.country))));
      result.diagnostics.push(...parsed.diagnostics);
      sources.set(file, text);
      findings.push(...checkDraft(text, { file, notation }));
    }
    return [...htmlReportPieces({ result, sources, findings, generator: `kyoto-parse ${version}`, files })].join('');
  }

  it.each([
    ['the reference draft', [DRAFT], {}],
    ['the TPP chapter, whose page-foot footnotes annotate paragraphs read before them', ['fixtures/tpp-ip-chapter-2013-08-30.txt'], {}],
    ['two files', [DRAFT, 'fixtures/readme-check-example.txt'], {}],
    ['one file given twice (its paragraphs twice, the same heatmap columns)', ['fixtures/analytics/three.txt', 'fixtures/analytics/three.txt'], {}],
    ['some delegations and paragraphs', [DRAFT], { countries: ['FRA', 'USA', 'RUS'], paragraphs: ['OP5', 'OP6', 'OP6 Bis', 'PP3'] }],
  ] as [string, string[], { countries?: string[]; paragraphs?: string[] }][])('%s', async (_, files, filter) => {
    const args = ['report', ...files, '--quiet'];
    if (filter.countries) args.push('--country', filter.countries.join(','));
    if (filter.paragraphs) args.push('--paragraph', filter.paragraphs.join(','));
    const run = await runCli(args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(10_000);
    expect(run.stdout === pageInMemory(files, filter), 'the page read again is the page of the whole parse').toBe(true);
  });

  it('a paragraph of more annotations than are held is read again for them, the same page', async () => {
    const quiet = { isTTY: false, write: () => true };
    const io: CliIo = { stdout: quiet, stderr: quiet, env: {}, readStdin: () => Buffer.alloc(0), exit: (status) => { throw new Error(`exit(${status})`); } };
    const settings = recordSettings({}, new ConfigFiles());
    const summary = new DiagnosticsSummary({ listAll: false, quiet: true, files: [DRAFT] }, io);
    // Every paragraph of more than three annotations (OP21 has 40) is read again, twice.
    const { content } = await readReportContent([DRAFT], settings, io, summary, { quiet: true, heldAnnotations: 3, checkOptions: (file) => ({ file, codes: settings.codes, vocabulary: settings.vocabulary }) });
    const page = [...htmlPagePieces({ ...content, generator: `kyoto-parse ${version}` })].join('');
    // Every annotation listed, paragraphs of more than three among them (a fourth one's anchor).
    expect(page.split('<li id=').length - 1).toBe(content.counts.annotations);
    expect(page).toMatch(/<li id="p\d+-a4" value="4">/);
    expect(page === pageInMemory([DRAFT]), 'the page with annotations read again is the page of the whole parse').toBe(true);
  });
});
