/**
 * Hostile input for the real binary (`npm test` builds dist/ first): kyoto-parse must never
 * crash, hang, lose data silently, change its input, or hand a spreadsheet a formula.
 * Problems with the command line or the files end with status 2 and exactly one line on
 * stderr, never a stack trace (README, "Exit status").
 *
 * Each process takes about half a second to start on a 2-core machine, so the cases run
 * concurrently (one `describe.concurrent`, at most vitest's maxConcurrency at a time), each with
 * files of its own; every run checks that the input files it was given are unchanged.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseDraft } from '../src/api.js';

vi.setConfig({ testTimeout: 30_000 });

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const draftPath = join(root, 'fixtures', 'kyoto-6227-20-annexes.txt');
const draftBytes = readFileSync(draftPath);
const draftText = draftBytes.toString('utf8');
const CSV_HEADER = 'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n';

const dir = mkdtempSync(join(tmpdir(), 'kyoto-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the temporary folder (`name` may hold a sub-folder) and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A folder of the temporary folder, for one test's files. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const temporaryFiles = (path: string) => readdirSync(path).filter((name) => name.endsWith('.tmp'));

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

interface Run { status: number | null; stdout: string; stderr: string }

/**
 * Runs the binary. Every argument naming a file (apart from the `-o` target) is hashed
 * before and after the run and must be unchanged: the input is never touched.
 */
async function run(args: string[], options: { cwd?: string } = {}): Promise<Run> {
  const inputs = args.filter((arg, i) => !['-o', '--output'].includes(args[i - 1]) && isRegularFile(resolve(options.cwd ?? dir, arg)));
  const before = inputs.map((input) => sha256(resolve(options.cwd ?? dir, input)));
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  expect(inputs.map((input) => sha256(resolve(options.cwd ?? dir, input))), 'an input file changed during the run').toEqual(before);
  return { status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}

/** A small draft with records and no diagnostics, for the cases that must not depend on the draft's own faults. */
const cleanDraft = '1. Strengthen cooperation [FRA,BEL; delete: RUS]\n\n2. Promote the rule of law (retain original: EGY, IRN)\n';
let smallPath: string | undefined;
/** The clean draft's file (written once). */
const small = (): string => (smallPath ??= file('clean/small.txt', cleanDraft));

/** Exit 2, exactly one line on stderr (naming `mention` when given), no stack trace, nothing on stdout. */
function expectUsageError(result: Run, mention?: string): void {
  expect(result.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at /);
  expect(result.stderr.endsWith('\n'), `stderr: ${JSON.stringify(result.stderr)}`).toBe(true);
  expect(result.stderr.trimEnd().split('\n'), 'exactly one line on stderr').toHaveLength(1);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  if (mention) expect(result.stderr).toContain(mention);
}

/** The CSV the binary writes, as rows of cells (csv-parse). */
const parseCsv = (text: string): string[][] => parse(text);

/** CSV data rows without the file column, which names the input and so differs between copies. */
function rowsWithoutFile(csv: string): string[][] {
  return parseCsv(csv).slice(1).map((row) => row.slice(1));
}

let referenceRun: Promise<Run> | undefined;
/** The plain run on the UTF-8 reference draft, which the other encodings are compared with. */
const reference = (): Promise<Run> => (referenceRun ??= run([draftPath]));

// One concurrent suite: its tests (and those of the suites inside it) run side by side.
describe.concurrent('kyoto-parse on hostile input', () => {
  describe('files and options that cannot be read: status 2, one line, no stack trace', () => {
    const missing = join(dir, 'no-such-draft.txt');
    const aFolder = folder('a-folder');
    const binary = file('binary.txt', Buffer.concat([Buffer.from('1. text [FRA]\n'), Buffer.from([0, 1, 2, 0, 0xff]), Buffer.from('\n2. more [BEL]\n')]));
    // Permissions do not stop root (the tests may run as root), but a symlink to itself fails for everyone (ELOOP).
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    const clean = small();

    const cases: [string, string[], string][] = [
      ['a missing file', [missing], 'no-such-draft.txt'],
      ['a directory', [aFolder], 'a-folder'],
      ['a binary file (NUL bytes)', [binary], 'binary.txt'],
      ['an unreadable file (a symlink loop: ELOOP, even as root)', [loop], 'loop.txt'],
      ['an unknown option', [clean, '--bogus'], '--bogus'],
      ['an unknown option close to a real one (commander suggests one)', [clean, '--countr', 'FRA'], '--countr'],
      ['an unknown --country code', [clean, '--country', 'XYZ'], 'XYZ'],
      ['a --width that is not a number', [clean, '--format', 'report', '--width', 'abc'], '--width'],
    ];
    for (const [name, args, mention] of cases) {
      it(`${name}: kyoto-parse ${args.map((a) => a.replace(dir, '$TMP')).join(' ')}`, async () => {
        expectUsageError(await run(args), mention || undefined);
      });
    }

    it('the same for matrix and check (a binary file, an unknown option)', async () => {
      const runs = await Promise.all([run(['matrix', binary]), run(['check', binary]), run(['check', clean, '--bogus'])]);
      expectUsageError(runs[0], 'binary.txt');
      expectUsageError(runs[1], 'binary.txt');
      expectUsageError(runs[2], '--bogus');
    });

    it('one bad file among good ones still fails with one line, naming it', async () => {
      expectUsageError(await run([clean, missing, clean]), 'no-such-draft.txt');
    });
  });

  describe('encodings and line ends: the same records', () => {
    it('the reference run itself succeeds with records', async () => {
      const { status, stdout } = await reference();
      expect(status).toBe(0);
      expect(rowsWithoutFile(stdout).length).toBeGreaterThan(1000);
    });

    const le = Buffer.from(`\uFEFF${draftText}`, 'utf16le');
    const variants: [string, Buffer][] = [
      ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), draftBytes])],
      ['UTF-16LE with a BOM', le],
      ['UTF-16BE with a BOM', Buffer.from(le).swap16()],
      ['CRLF line ends', Buffer.from(draftText.replace(/\n/g, '\r\n'), 'utf8')],
      ['CR line ends', Buffer.from(draftText.replace(/\n/g, '\r'), 'utf8')],
      ['UTF-16LE with a BOM and CRLF line ends', Buffer.from(`\uFEFF${draftText.replace(/\n/g, '\r\n')}`, 'utf16le')],
    ];
    // One run reads every variant (one result, told apart by the file column): one process, not six.
    const paths = variants.map(([name, bytes]) => file(`encodings/${name.replace(/\W+/g, '-')}.txt`, bytes));
    let allRun: Promise<Run> | undefined;
    const all = () => (allRun ??= run(paths));

    it('one run over every variant: status 0, no warning about the encoding', async () => {
      const { status, stderr } = await all();
      expect(status).toBe(0);
      expect(stderr).not.toMatch(/invalid|encoding|\n\s+at /i);
    });
    variants.forEach(([name], i) => {
      it(`${name}: byte-identical records apart from the file column`, async () => {
        const rows = parseCsv((await all()).stdout).slice(1).filter((row) => row[0] === paths[i]).map((row) => row.slice(1));
        const expected = rowsWithoutFile((await reference()).stdout);
        expect(rows.length).toBe(expected.length);
        expect(rows).toEqual(expected);
      });
    });

    it('invalid UTF-8 bytes: status 0, every record still there, a warning naming the file and the line', async () => {
      const lines = draftText.split('\n');
      // Line 114 holds the first annotation (PP1, `[RUS, SGP]`): the bad bytes go at its end, after the
      // annotation, and into the middle of a later line of prose.
      const badLines = [114, lines.findIndex((line, i) => i > 200 && /^[a-z].{40}/i.test(line) && !/[[(]/.test(line)) + 1];
      const bytes = Buffer.concat(lines.map((line, i) => {
        const text = Buffer.from(line, 'utf8');
        const withBad = i + 1 === badLines[0] ? Buffer.concat([text, Buffer.from([0xff, 0xfe])])
          : i + 1 === badLines[1] ? Buffer.concat([text.subarray(0, 10), Buffer.from([0xff, 0xfe, 0xc3]), text.subarray(10)])
            : text;
        return i < lines.length - 1 ? Buffer.concat([withBad, Buffer.from('\n')]) : withBad;
      }));
      const path = file('invalid-utf8.txt', bytes);
      const [result, { stdout: cleanCsv }, checkRun] = await Promise.all([run([path]), reference(), run(['check', path, '--format', 'json'])]);
      expect(result.status).toBe(0);
      // Every column but the file and the excerpt (which may show the replacement characters).
      const withoutExcerpt = (csv: string) => rowsWithoutFile(csv).map((row) => row.slice(0, -1));
      expect(withoutExcerpt(result.stdout)).toEqual(withoutExcerpt(cleanCsv));
      for (const line of badLines) expect(result.stderr).toMatch(new RegExp(`invalid-utf8\\.txt:${line}\\b.*(invalid|UTF-8)`, 'i'));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // check reports it as a finding.
      expect(checkRun.stdout).toContain('invalid-encoding');
    });

    it('invalid UTF-16 (an unpaired surrogate, an odd last byte) is reported like invalid UTF-8, not replaced silently', async () => {
      const text = '1. Strengthen cooperation [FRA]\n\n2. Promote \uD800 the rule of law [BEL]\n';
      const path = file('invalid-utf16.txt', Buffer.concat([Buffer.from(`\uFEFF${text}`, 'utf16le'), Buffer.from([0x41])]));
      const result = await run([path]);
      expect(result.status).toBe(0);
      expect(rowsWithoutFile(result.stdout).map((row) => row[1])).toEqual(['FRA', 'BEL']);
      expect(result.stderr).toMatch(/invalid-utf16\.txt:3\b/);
    });

    it('an empty file and files holding only a BOM: status 0, the header alone', async () => {
      const files = [['empty.txt', Buffer.alloc(0)], ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])], ['utf16-bom-only.txt', Buffer.from([0xff, 0xfe])]] as const;
      const result = await run(files.map(([name, bytes]) => file(`empty/${name}`, bytes)));
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(CSV_HEADER);
      expect(result.stderr).toBe('');
    });
  });

  describe('hostile sizes', () => {
    it('3,000 nested [ : status 0, with a nesting-too-deep diagnostic', async () => {
      const result = await run([file('deep.txt', deeplyNested(3000)), '--diagnostics']);
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/deep\.txt:1:\d+ error nesting-too-deep/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(rowsWithoutFile(result.stdout).map((row) => row[1])).toContain('BEL');
    });

    it('an annotation with 100,000 codes gives 100,000 records', async () => {
      const codes = ['FRA', 'BEL', 'RUS', 'USA', 'CHN', 'EGY', 'IRN', 'GBR', 'DEU', 'BRA'];
      const list = Array.from({ length: 100_000 }, (_, i) => codes[i % codes.length]).join(',');
      const result = await run([file('wide.txt', `1. Strengthen cooperation [${list}]\n`)]);
      expect(result.status).toBe(0);
      const rows = rowsWithoutFile(result.stdout);
      expect(rows).toHaveLength(100_000);
      expect(rows[99_999][1]).toBe('BRA');
      expect(rows[99_999][7]).toBe(String(1 + '1. Strengthen cooperation ['.length + 4 * 99_999));
    });
    // More than ~120,000 findings overflowed the stack (push(...list)), and each quoted the rest of
    // its line (one `\S*`, 500 KB here): the page would have been tens of gigabytes.
    it('report on an annotation of 130,000 repeated codes (a finding each): the page, each finding quoted in a short line', async () => {
      const html = join(folder('wide-report'), 'report.html');
      const result = await run(['report', file('dup.txt', `1. Strengthen cooperation [${Array.from({ length: 130_000 }, () => 'FRA').join(',')}]\n`), '-o', html]);
      expect(result.status, result.stderr).toBe(0);
      const page = readFileSync(html, 'utf8');
      expect(page.match(/<li class="warning">/g)).toHaveLength(129_999);
      const quotes = page.match(/<pre>.*?<\/pre>/g)!;
      expect(quotes).toHaveLength(129_999);
      expect(Math.max(...quotes.slice(0, 1000).map((quote) => quote.length))).toBeLessThan(250);
      // The last code: the 60 characters before it (15 codes), the code and its bracket.
      expect(quotes.at(-1)).toBe(`<pre>…${'FRA,'.repeat(15)}<mark>FRA]</mark></pre>`);
    });
  });

  describe('malformed annotations', () => {
    it('a group opening with a colon and holding a nested group (found by fuzzing) is read, not a crash (status 3)', async () => {
      const result = await run([file('crasher.txt', '1. Strengthen cooperation [: FRA, delete [UK]] and more\n\n2. Promote [:US s[CHE\n')]);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(result.status).toBe(0);
      expect(rowsWithoutFile(result.stdout).map((row) => row[1])).toEqual(expect.arrayContaining(['FRA', 'GBR']));
    });
  });

  describe('CSV cells that a spreadsheet would run as formulas', () => {
    const path = file('formulas.txt', [
      '1. Strengthen cooperation [=HYPERLINK("http://x"): FRA; +1 and more: BEL; @SUM(A1): USA]',
      '',
      '2. -2+3 of the text [RUS]',
      '',
    ].join('\n'));

    it('are escaped by default (a leading apostrophe)', async () => {
      const result = await run([path]);
      expect(result.status).toBe(0);
      const rows = parseCsv(result.stdout).slice(1);
      const labels = Object.fromEntries(rows.map((row) => [row[2], row[5]]));
      expect(labels).toMatchObject({ FRA: `'=HYPERLINK("http://x")`, BEL: "'+1 and more", USA: "'@SUM(A1)" });
      expect(rows.find((row) => row[2] === 'RUS')?.[10]).toBe("'-2+3 of the text");
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('are left as written with --no-escape-formulas', async () => {
      const rows = parseCsv((await run([path, '--no-escape-formulas'])).stdout).slice(1);
      const labels = Object.fromEntries(rows.map((row) => [row[2], row[5]]));
      expect(labels).toMatchObject({ FRA: '=HYPERLINK("http://x")', BEL: '+1 and more', USA: '@SUM(A1)' });
      expect(rows.find((row) => row[2] === 'RUS')?.[10]).toBe('-2+3 of the text');
    });
  });

  describe('output', () => {
    let heads = 0;
    /** `kyoto-parse ARGS 2>err | head -1`: the binary's own status (bash's PIPESTATUS) and its stderr. */
    async function intoHead(args: string[]): Promise<{ status: string; stderr: string }> {
      const errFile = join(folder('head'), `stderr-${heads++}.txt`);
      const quoted = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
      const child = spawn('bash', ['-c', `${quoted} 2>"$ERR" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
        cwd: dir, env: { ...process.env, ERR: errFile, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
      await new Promise((resolve) => child.on('close', resolve));
      return { status: stdout.trim(), stderr: readFileSync(errFile, 'utf8') };
    }

    it('| head -1 ends with status 0, quietly (no EPIPE, no stack trace)', async () => {
      // The draft's CSV (260 kB) is far more than a pipe buffer (64 KiB): the writer does meet the closed pipe.
      const { status, stderr } = await intoHead([draftPath]);
      expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at |internal error/);
      expect(status).toBe('0');
    });

    it('check | head -1 keeps the status of check (1: the draft has errors), quietly', async () => {
      // `--max-per-rule 0` lists every finding: about 100 kB for two copies, more than a pipe buffer.
      // Without the pipe this exits 1 (and does when its output fits in the pipe buffer).
      const { status, stderr } = await intoHead(['check', '--max-per-rule', '0', draftPath, draftPath]);
      expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at |internal error/);
      expect(status).toBe('1');
    });

    it('-o onto an input file (as given, relative, a symlink, a hard link) is refused: status 2, one line, input unchanged', async () => {
      const here = folder('onto-input');
      const input = file('onto-input/input.txt', cleanDraft);
      const link = join(here, 'input-symlink.txt');
      symlinkSync(input, link);
      const hard = join(here, 'input-hardlink.txt');
      linkSync(input, hard);
      const hash = sha256(input);
      const runs = await Promise.all([
        run(['input.txt', '-o', input], { cwd: here }), run([input, '-o', link]),
        run(['check', input, '-o', hard]), run(['matrix', small(), link, '-o', 'input.txt'], { cwd: here }),
      ]);
      for (const result of runs) expectUsageError(result, 'input');
      expect(sha256(input)).toBe(hash);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('a refused -o is the only line on stderr, even for a draft with diagnostics (checked before the parse)', async () => {
      const input = file('onto-real-input/input.txt', draftBytes);
      expectUsageError(await run([input, '-o', input]), 'input');
      expect(sha256(input)).toBe(createHash('sha256').update(draftBytes).digest('hex'));
    });

    it('-o writes atomically: a new file renamed over the old one, the same bytes as stdout, no temporary file left', async () => {
      const out = folder('atomic');
      const target = join(out, 'records.csv');
      writeFileSync(target, 'old content\n');
      const before = statSync(target).ino;
      const [result, { stdout }] = await Promise.all([run([draftPath, '-o', target]), reference()]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
      expect(readFileSync(target, 'utf8')).toBe(stdout);
      expect(statSync(target).ino, 'the output was written in place, not renamed over').not.toBe(before);
      expect(readdirSync(out)).toEqual(['records.csv']);
    });

    it('a failing run leaves an existing -o file as it was', async () => {
      const out = folder('failing');
      const target = join(out, 'records.csv');
      writeFileSync(target, 'old content\n');
      expectUsageError(await run([small(), join(out, 'missing.txt'), '-o', target]), 'missing.txt');
      expect(readFileSync(target, 'utf8')).toBe('old content\n');
      expect(readdirSync(out)).toEqual(['records.csv']);
    });

    it('-o into a missing folder or onto a folder: status 2, one line, nothing left behind', async () => {
      const here = folder('bad-targets');
      const out = folder('bad-targets/a-folder');
      const [intoMissing, ontoFolder] = await Promise.all([
        run([small(), '-o', join(here, 'no-such-folder', 'x.csv')]), run([small(), '-o', out]),
      ]);
      expectUsageError(intoMissing, 'no-such-folder');
      expect(existsSync(join(here, 'no-such-folder'))).toBe(false);
      expectUsageError(ontoFolder, 'a-folder');
      expect(readdirSync(out)).toEqual([]);
      expect(temporaryFiles(here)).toEqual([]);
    });
  });
});

/** A draft with `n` nested `[` and `n / 2` unclosed `([`. */
function deeplyNested(n: number): string {
  return `1. Strengthen ${'['.repeat(n)}FRA${']'.repeat(n)} cooperation [BEL]\n\n2. More ${'(['.repeat(n / 2)}text [RUS]\n`;
}

/**
 * How parseDraft's time grows with the input: `make(n)` and `make(4 * n)` parsed in this process,
 * after a warm-up, the best of three interleaved runs each. Returns the larger input's time over
 * the smaller's (about 4 for linear work, 16 for quadratic) and the larger input's result. Two
 * sizes compared in one run hold on a loaded machine, where a time limit does not.
 */
/**
 * growthOnce, measured again while it looks superlinear, at most three times: a loaded machine
 * can stretch one timing, but a stage that really takes time in the square of its input gives
 * about 16 every time.
 */
function growth(make: (n: number) => string, n: number) {
  let g = growthOnce(make, n);
  for (let attempt = 1; attempt < 3 && g.ratio >= LINEAR; attempt++) g = growthOnce(make, n);
  return g;
}

function growthOnce(make: (n: number) => string, n: number) {
  const small = make(n);
  const large = make(4 * n);
  const time = (text: string) => {
    const started = performance.now();
    const result = parseDraft(text, { file: 'hostile.txt' });
    return { ms: performance.now() - started, result };
  };
  time(small);
  time(small);
  let smallMs = Infinity;
  let largeMs = Infinity;
  let result: ReturnType<typeof parseDraft> | undefined;
  for (let round = 0; round < 3; round++) {
    smallMs = Math.min(smallMs, time(small).ms);
    const timed = time(large);
    largeMs = Math.min(largeMs, timed.ms);
    result = timed.result;
  }
  return { ratio: largeMs / smallMs, smallMs, largeMs, result: result! };
}

/** Linear, with room for noise and for the garbage collector; a quadratic stage gives about 16. */
const LINEAR = 8;
const shown = (g: { ratio: number; smallMs: number; largeMs: number }) => `×${g.ratio.toFixed(1)} (${g.smallMs.toFixed(0)} → ${g.largeMs.toFixed(0)} ms)`;

// Not among the concurrent tests above: their processes would take the CPU from the timings.
describe('hostile sizes take time linear in their size (4× the input: well under 16× the time)', () => {
  const brackets: [string, (n: number) => string][] = [
    ['nested [ and unclosed ([', deeplyNested],
    ['unclosed (', (n) => `1. Text ${'('.repeat(n)}FRA\n`],
    ['unclosed [~~', (n) => `1. Text ${'[~~'.repeat(n)}FRA\n`],
    ['stray ]', (n) => `1. Text ${']'.repeat(n)}[FRA]\n`],
  ];
  it.each(brackets)('6,000 and 24,000 %s, every diagnostic inside the text', (_, make) => {
    const g = growth(make, 6000);
    expect(g.ratio, shown(g)).toBeLessThan(LINEAR);
    expect(g.result.diagnostics.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
  });

  // The chapeau's pre-check once ran its markup class across line ends: quadratic here.
  const lines: [string, (n: number) => string][] = [
    ['blank lines', (n) => '\n'.repeat(n)],
    ['`-` lines', (n) => '-\n'.repeat(n)],
    ['`> ` lines before a chapeau', (n) => `${'> \n'.repeat(n)}We, the Heads of State\n`],
    ['`*` lines before a paragraph', (n) => `${'*\n'.repeat(n)}1. Text [FRA]\n`],
  ];
  it.each(lines)('80,000 and 320,000 %s (no search rescans them)', (_, make) => {
    const g = growth(make, 80_000);
    expect(g.ratio, shown(g)).toBeLessThan(LINEAR);
  });

  // Each of these once made a stage walk back over the whole run for every annotation in it.
  it('8,000 and 32,000 unbracketed `x: FRA;` on one line (the excerpt cleaned the whole line before each)', () => {
    const g = growth((n) => `1. ${'x: FRA; '.repeat(n)}\n`, 8000);
    expect(g.ratio, shown(g)).toBeLessThan(LINEAR);
    expect(g.result.records).toHaveLength(32_000);
    // The last one's prose is every segment before it, `; ` trimmed from its end: its last 79 characters.
    expect(g.result.records[31_999].excerpt).toBe(`…${`${'x: FRA; '.repeat(10)}x: FRA`.slice(-79).trimStart()}`);
  });

  it('6,000 and 24,000 groups `[FRA supported by BEL]` on one line (whether each one\'s text is struck)', () => {
    const g = growth((n) => `1. Text ${'[FRA supported by BEL] '.repeat(n)}\n`, 6000);
    expect(g.ratio, shown(g)).toBeLessThan(LINEAR);
    expect(g.result.records).toHaveLength(48_000);
    expect(g.result.records.every((r) => r.stance === 'support')).toBe(true);
  });

  it('a label of 12,500 and 50,000 colons, `[x: x: … FRA]` (the label was copied at each colon)', () => {
    const g = growth((n) => `1. Text [${'x: '.repeat(n)}FRA]\n`, 12_500);
    expect(g.ratio, shown(g)).toBeLessThan(LINEAR);
    expect(g.result.records.map((r) => r.country)).toEqual(['FRA']);
    expect(g.result.records[0].label).toBe(`${'x: '.repeat(49_999)}x`);
  });
});
