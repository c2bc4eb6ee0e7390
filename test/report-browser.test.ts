// `kyoto-parse report` (issue 23) in a real browser: Debian's Chromium (/usr/bin/chromium, which
// .ci/run installs when missing) driven by playwright-core, which downloads no browser. One
// browser for the file; the report is made in process (through main, the binary's entry) from
// the reference draft traced into the adopted text, and opened from disk. A missing browser fails
// the tests: none is skipped.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-in-process.js';

const CHROMIUM = '/usr/bin/chromium';
const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
const FINAL = 'fixtures/kyoto-final-6456-21.txt';
const TRACE_OPTIONS = ['--draft-lines', '108-443', '--base-lines', '444-701'];
const ARTEFACTS = 'test/artefacts';

async function ok(args: string[]): Promise<string> {
  const run = await runCli(args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const rows = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('kyoto-parse report in Chromium', () => {
  let dir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let readyAfter: number;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'kyoto-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, await ok(['report', DRAFT, '--later', FINAL, ...TRACE_OPTIONS]));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Every request is seen here: the page may load itself, data: and about: URLs, nothing else.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|about):/.test(url)) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => { if (!/^(file|data|about):/.test(request.url())) requests.push(request.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    readyAfter = Number(await page.locator('html[data-ready]').getAttribute('data-ready'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console error and no network request, interactive within 1 s', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(readyAfter).toBeGreaterThan(0);
    expect(readyAfter).toBeLessThan(1000);
  });

  it('has one cell per non-empty cell of `matrix --format csv`, with its letters', async () => {
    const matrix = rows(await ok(['matrix', DRAFT, '--format', 'csv']));
    const expected = matrix.flatMap((row) => Object.entries(row)
      .filter(([column, letters]) => column !== 'country' && column !== 'name' && letters !== '')
      .map(([paragraph, letters]) => `${row.country}|${paragraph}|${letters}`)).sort();
    const cells = await page.$$eval('[data-country]', (nodes) => nodes.map((n) =>
      `${n.getAttribute('data-country')}|${n.getAttribute('data-paragraph')}|${n.getAttribute('data-stances')}`));
    expect(cells.length).toBe(expected.length);
    expect(cells.sort()).toEqual(expected);
  });

  it('shows a cell\'s records in [data-detail] on click and on Enter', async () => {
    const records = rows(await ok([DRAFT, '--format', 'csv']));
    const count = (country: string, paragraph: string) => records.filter((r) => r.country === country && r.paragraph === paragraph).length;
    await expect(page.locator('[data-detail]').isVisible()).resolves.toBe(false);

    const clicked = page.locator('[data-country="CAN"][data-paragraph="OP21"]');
    await clicked.click();
    const detail = page.locator('[data-detail]');
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('li').count()).toBe(count('CAN', 'OP21'));
    expect(await detail.textContent()).toContain('OP21');

    await page.keyboard.press('Escape');
    expect(await detail.isVisible()).toBe(false);

    const typed = page.locator('[data-country="USA"][data-paragraph="OP1"]');
    await typed.focus();
    await page.keyboard.press('Enter');
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('li').count()).toBe(count('USA', 'OP1'));
    expect(count('USA', 'OP1')).toBeGreaterThan(0);
    // The arrow keys move the one tab stop.
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('tabindex'));
    expect(focused).toBe('0');
    // The focus is drawn.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    expect(await page.locator('table.heatmap td[tabindex="0"]').count()).toBe(1);
  });

  it('lists in [data-trace] every delegation of `trace --view delegations`', async () => {
    const delegations = rows(await ok(['trace', DRAFT, FINAL, ...TRACE_OPTIONS, '--view', 'delegations', '--format', 'csv'])).map((r) => r.code);
    expect(delegations.length).toBeGreaterThan(10);
    const listed = await page.$$eval('[data-trace] [data-delegation]', (nodes) => nodes.map((n) => n.getAttribute('data-delegation')));
    expect([...listed].sort()).toEqual([...delegations].sort());
  });

  it('filters delegations and paragraphs, and orders rows alphabetically on request', async () => {
    await page.fill('#filter-delegations', 'EU');
    const shown = await page.$$eval('table.heatmap tbody tr:not([hidden]) th', (ths) => ths.map((t) => t.textContent!.trim().split(' ').pop()));
    expect(shown).toContain('EU');
    expect(shown.length).toBeLessThan(await page.locator('table.heatmap tbody tr').count());
    await page.fill('#filter-delegations', '');
    await page.fill('#filter-paragraphs', 'OP1');
    const columns = await page.$$eval('table.heatmap thead th[data-col]', (ths) => ths.filter((t) => (t as HTMLElement).style.display !== 'none').map((t) => t.textContent));
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.every((c) => c!.includes('OP1'))).toBe(true);
    await page.fill('#filter-paragraphs', '');
    await page.check('input[name=order][value=alpha]');
    const codes = await page.$$eval('table.heatmap tbody tr', (trs) => trs.map((t) => t.querySelector('[data-country]')?.getAttribute('data-country') ?? ''));
    expect(codes.filter(Boolean)).toEqual([...codes.filter(Boolean)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await page.check('input[name=order][value=bloc]');
  });

  it('screenshots the heatmap (test/artefacts/report-heatmap.png)', async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.keyboard.press('Escape');
    await page.locator('[data-country="CAN"][data-paragraph="OP21"]').click();
    await page.locator('#heatmap').scrollIntoViewIfNeeded();
    const shot = await page.locator('#heatmap').screenshot({ path: join(ARTEFACTS, 'report-heatmap.png') });
    expect(shot.length).toBeGreaterThan(10_000);
  });

  it('prints: the heatmap is in the printed PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    const display = await page.$eval('.controls', (n) => getComputedStyle(n).display);
    expect(display).toBe('none');
    const pdf = await page.pdf({ format: 'A3', landscape: true, printBackground: true, pageRanges: '1-2' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });
});
