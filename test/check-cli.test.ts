// `kyoto-parse check`, in process through main (the binary's entry); the real binary
// (bin/kyoto-parse.js runs dist/: `npm run dist` first) for a reader that goes away.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../src/check/findings.js';
import { runCli } from './cli-in-process.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const FIX = 'fixtures/check';
const REFERENCE = 'fixtures/kyoto-6227-20-annexes.txt';

const check = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) => runCli(['check', ...args], options);

const ERROR_FIXTURES = [
  'unclosed-group.txt', 'unknown-code.txt', 'mistyped-code.txt', 'empty-code-list.txt', 'empty-group.txt',
  'unclosed-strike.txt', 'stray-closer.txt', 'mismatched-bracket.txt', 'several-faults.txt',
];
const WARNING_FIXTURES = ['duplicate-code.txt', 'repeated-paragraph.txt', 'skipped-paragraph.txt', 'numbering-back.txt', 'aliased-code.txt'];

interface JsonFinding { file: string; line: number; column: number; severity: string; rule: string; message: string }
const parseJson = (stdout: string) => JSON.parse(stdout) as JsonFinding[];

/** The findings the library gives for FILE, as the JSON format writes them. */
function libraryFindings(file: string, strict = false): JsonFinding[] {
  return checkDraft(readFileSync(join(root, file), 'utf8'), { file, strict })
    .map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
}

/** `file:line:col severity rule message` */
const HEADER = /^(.+):(\d+):(\d+) (error|warning) (\S+) (.+)$/;

describe('exit status', () => {
  it('0 for the clean draft, with a report that says so', async () => {
    const { status, stdout, stderr } = await check([`${FIX}/clean.txt`]);
    expect(status).toBe(0);
    expect(stdout).toBe('No findings.\n');
    expect(stderr).toBe('');
  });

  it('0 for the clean draft under --strict', async () => {
    expect((await check(['--strict', `${FIX}/clean.txt`])).status).toBe(0);
  });

  for (const name of WARNING_FIXTURES) {
    it(`0 for ${name} (warnings only), 1 under --strict`, async () => {
      const { status, stdout } = await check([`${FIX}/${name}`]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/ warning /);
      expect(stdout).not.toMatch(/ error /);
      expect((await check(['--strict', `${FIX}/${name}`])).status).toBe(1);
    });
  }

  for (const name of ERROR_FIXTURES) {
    it(`1 for ${name}`, async () => {
      const { status, stdout, stderr } = await check([`${FIX}/${name}`]);
      expect(status).toBe(1);
      expect(stdout).toMatch(/ error /);
      expect(stderr).toBe('');
    });
  }

  const usage: [string, string[]][] = [
    ['a missing file', [`${FIX}/no-such-draft.txt`]],
    ['a directory', [FIX]],
    ['an unknown option', ['--no-such-option', `${FIX}/clean.txt`]],
    ['an unknown format', ['--format', 'xml', `${FIX}/clean.txt`]],
    ['no file at all', []],
  ];
  for (const [what, args] of usage) {
    it(`2 for ${what}, with one line on stderr and no stack trace`, async () => {
      const { status, stdout, stderr } = await check(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toMatch(/Error:|internal error/);
    });
  }

  it('names the missing file and the directory', async () => {
    expect((await check([`${FIX}/no-such-draft.txt`])).stderr).toContain('no-such-draft.txt');
    expect((await check([FIX])).stderr).toContain(FIX);
  });

  it('2 for a missing file even when the other files have findings, and no partial report', async () => {
    const { status, stdout } = await check([`${FIX}/unknown-code.txt`, `${FIX}/no-such-draft.txt`]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
  });
});

describe('several files in one run', () => {
  const files = [`${FIX}/unknown-code.txt`, `${FIX}/clean.txt`, `${FIX}/aliased-code.txt`, `${FIX}/several-faults.txt`];

  it('reports the findings of every file, in the order given', async () => {
    const { status, stdout } = await check(['--format', 'json', ...files]);
    expect(status).toBe(1);
    expect(parseJson(stdout)).toEqual(files.flatMap((file) => libraryFindings(file)));
  });

  it('the text report lists them all and counts the files with findings', async () => {
    const { stdout } = await check(['--max-per-rule', '0', ...files]);
    const headers = stdout.split('\n').filter((line) => HEADER.test(line));
    expect(headers).toHaveLength(1 + 2 + 6);
    expect(new Set(headers.map((line) => HEADER.exec(line)![1]))).toEqual(new Set([files[0], files[2], files[3]]));
    expect(stdout).toMatch(/^4 errors, 5 warnings in 3 files /m);
  });

  it('exit status 1 when only one of the files has an error', async () => {
    expect((await check([`${FIX}/clean.txt`, `${FIX}/aliased-code.txt`])).status).toBe(0);
    expect((await check([`${FIX}/clean.txt`, `${FIX}/aliased-code.txt`, `${FIX}/empty-group.txt`])).status).toBe(1);
  });

  it('a reader that goes away early does not hide the errors of a later file', async () => {
    // 60 copies of the final declaration (warnings only, 2.5 kB of JSON each) fill the pipe long
    // before the last file, which has an error: the report stops, the checking goes on.
    const warningsOnly = Array<string>(60).fill('fixtures/kyoto-final-6456-21.txt');
    const piped = (args: string[]) => spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" check --format json ${args.join(' ')} | head -c 1 >/dev/null`], { cwd: root, encoding: 'utf8' });
    const withError = piped([...warningsOnly, `${FIX}/unknown-code.txt`]);
    expect(withError.stderr).toBe('');
    expect(withError.status).toBe(1);
    expect(piped(warningsOnly).status).toBe(0);
  });

  it('a later file found binary on reading: status 2, one line naming it, -o left untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-check-'));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from('1. Text [FRA]\n\0\0\0\n'));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'the previous report\n');
    const { status, stdout, stderr } = await check(['--format', 'json', `${FIX}/unknown-code.txt`, binary, '-o', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
    expect(readFileSync(out, 'utf8')).toBe('the previous report\n');
  });

  it('standard input as `-`', async () => {
    const text = readFileSync(join(root, FIX, 'unknown-code.txt'), 'utf8');
    const { status, stdout } = await check(['--format', 'json', '-'], { input: text });
    expect(status).toBe(1);
    expect(parseJson(stdout)).toEqual([{ ...libraryFindings(`${FIX}/unknown-code.txt`)[0], file: '-' }]);
  });

  it('`-` given twice: the text report quotes the line that standard input held, not the empty second read', async () => {
    const text = readFileSync(join(root, FIX, 'unknown-code.txt'), 'utf8');
    const { status, stdout } = await check(['-', '-'], { input: text });
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const header = lines.findIndex((line) => line.startsWith('-:13:97 error unknown-code'));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toMatch(/^13 \| .*\[MEX, XYZ; oppose: USA\]\.$/);
  });
});

describe('--format json', () => {
  it('is an array of objects with exactly file, line, column, severity, rule, message', async () => {
    const { stdout } = await check(['--format', 'json', `${FIX}/several-faults.txt`]);
    const findings = parseJson(stdout);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings).toHaveLength(6);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
      expect(f.file).toBe(`${FIX}/several-faults.txt`);
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
      expect(['error', 'warning']).toContain(f.severity);
      expect(typeof f.message).toBe('string');
    }
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['unclosed-group', 3], ['unknown-code', 5], ['empty-code-list', 9], ['duplicate-code', 11], ['aliased-code', 13], ['paragraph-numbering', 15],
    ]);
  });

  it('is an empty array for a clean draft', async () => {
    const { status, stdout } = await check(['--format', 'json', `${FIX}/clean.txt`]);
    expect(status).toBe(0);
    expect(parseJson(stdout)).toEqual([]);
  });

  it('--strict makes every finding an error', async () => {
    const { stdout } = await check(['--strict', '--format', 'json', `${FIX}/several-faults.txt`]);
    expect(parseJson(stdout).map((f) => f.severity)).toEqual(Array(6).fill('error'));
  });
});

describe('--format github and sarif', () => {
  it('github: one workflow command per finding, the exit status as for text', async () => {
    const { status, stdout } = await check(['--format', 'github', `${FIX}/several-faults.txt`]);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    libraryFindings(`${FIX}/several-faults.txt`).forEach((f, i) => {
      expect(lines[i].startsWith(`::${f.severity} file=${FIX}/several-faults.txt,line=${f.line},col=${f.column},title=${f.rule}::`)).toBe(true);
    });
  });

  it('sarif: one run of kyoto-parse with a result per finding', async () => {
    const { status, stdout } = await check(['--format', 'sarif', `${FIX}/several-faults.txt`]);
    expect(status).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('kyoto-parse');
    expect(log.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(libraryFindings(`${FIX}/several-faults.txt`).map((f) => f.rule));
  });
});

describe('--format text', () => {
  const file = `${FIX}/unknown-code.txt`;
  const source = readFileSync(join(root, file), 'utf8').split('\n');

  /** The finding line, the excerpt line and the caret line of each finding. */
  function blocks(stdout: string) {
    const lines = stdout.split('\n');
    const found: { header: RegExpExecArray; excerpt: string; caret: string }[] = [];
    lines.forEach((line, i) => {
      const header = HEADER.exec(line);
      if (header) found.push({ header, excerpt: lines[i + 1], caret: lines[i + 2] });
    });
    return found;
  }

  it('a finding is `file:line:col severity rule message`, then the line, then a caret under the column', async () => {
    const { stdout } = await check(['--width', '300', file]);
    const [block, ...rest] = blocks(stdout);
    expect(rest).toEqual([]);
    const column = source[12].indexOf('XYZ') + 1;
    expect(block.header[0]).toMatch(new RegExp(`^${file}:13:${column} error unknown-code .*\`XYZ\``));
    expect(block.excerpt).toBe(`13 | ${source[12]}`);
    expect(block.caret).toBe(`${' '.repeat('13 | '.length + column - 1)}^`);
    expect(block.excerpt[block.caret.indexOf('^')]).toBe('X');
  });

  const several = readFileSync(join(root, FIX, 'several-faults.txt'), 'utf8').split('\n');

  it('at the default width a long line is excerpted with `…` and the caret still points at the fault', async () => {
    const { stdout } = await check([`${FIX}/several-faults.txt`]);
    const found = blocks(stdout);
    expect(found).toHaveLength(6);
    for (const { header, excerpt, caret } of found) {
      const [, , line, column] = header;
      const chars = [...excerpt];
      expect(chars.length).toBeLessThanOrEqual(80);
      expect(excerpt.startsWith(`${line} | `)).toBe(true);
      expect(caret).toMatch(/^ *\^$/);
      const at = caret.length - 1;
      const original = [...several[Number(line) - 1]];
      expect(chars[at]).toBe(original[Number(column) - 1]);
      // the excerpt shows the text from the caret on as it is in the draft
      const following = chars.slice(at).join('').replace(/…$/, '');
      expect(original.slice(Number(column) - 1).join('').startsWith(following)).toBe(true);
    }
    expect(found.some(({ excerpt }) => excerpt.includes('…'))).toBe(true);
  });

  it('no ANSI colour when not a terminal, unless FORCE_COLOR is set', async () => {
    const plain = (await check([`${FIX}/several-faults.txt`])).stdout;
    expect(plain).not.toContain('\u001b[');
    const forced = (await check([`${FIX}/several-faults.txt`], { env: { FORCE_COLOR: '1' } })).stdout;
    expect(forced).toContain('\u001b[');
    expect(stripVTControlCharacters(forced)).toBe(plain);
    expect((await check([`${FIX}/several-faults.txt`], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).toBe(plain);
  });

  it('a CRLF draft reports the same positions and shows no carriage return', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-check-'));
    const crlf = join(dir, 'crlf.txt');
    writeFileSync(crlf, readFileSync(join(root, FIX, 'several-faults.txt'), 'utf8').replace(/\n/g, '\r\n'));
    const json = parseJson((await check(['--format', 'json', crlf])).stdout);
    expect(json.map((f) => [f.rule, f.line, f.column])).toEqual(
      libraryFindings(`${FIX}/several-faults.txt`).map((f) => [f.rule, f.line, f.column]),
    );
    expect((await check(['--width', '300', crlf])).stdout).not.toContain('\r');
  });

  it('-o writes the report to a file and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-check-'));
    const out = join(dir, 'report.json');
    const { status, stdout } = await check(['--format', 'json', '-o', out, `${FIX}/unknown-code.txt`]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(libraryFindings(`${FIX}/unknown-code.txt`));
  });
});

describe('the reference draft', () => {
  let json: JsonFinding[] = [];
  const byRule = new Map<string, number>();
  beforeAll(async () => {
    json = parseJson((await check(['--format', 'json', REFERENCE])).stdout);
    for (const f of json) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  });

  it('--format json lists every finding of the library', async () => {
    expect(json).toEqual(libraryFindings(REFERENCE));
    expect(json.length).toBeGreaterThan(5);
    // the draft has more than 5 findings of some rule, so the text report must hide some
    expect(Math.max(...byRule.values())).toBeGreaterThan(5);
  });

  it('the text report lists at most 5 findings per rule, and its summary groups them by rule', async () => {
    const { status, stdout } = await check([REFERENCE]);
    expect(status).toBe(json.some((f) => f.severity === 'error') ? 1 : 0);
    const listed = new Map<string, number>();
    for (const line of stdout.split('\n')) {
      const header = HEADER.exec(line);
      if (header) listed.set(header[5], (listed.get(header[5]) ?? 0) + 1);
    }
    for (const [rule, n] of byRule) expect(listed.get(rule), rule).toBe(Math.min(5, n));
    expect([...listed.keys()].sort()).toEqual([...byRule.keys()].sort());

    const errors = json.filter((f) => f.severity === 'error').length;
    const warnings = json.length - errors;
    const summary = stdout.split('\n').find((line) => /^\d+ errors?, \d+ warnings? in 1 file /.test(line));
    expect(summary).toBeDefined();
    expect(summary!.startsWith(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in 1 file (`)).toBe(true);
    const groups = /\((.*)\)$/.exec(summary!)![1].split(', ');
    expect(groups).toHaveLength(byRule.size);
    for (const [rule, n] of byRule) expect(groups).toContain(`${rule} ×${n}`);
    // most frequent rule first
    const counts = groups.map((g) => Number(g.split('×')[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const hidden = [...byRule.values()].reduce((sum, n) => sum + Math.max(0, n - 5), 0);
    expect(stdout).toContain(`\n${hidden} more not listed`);
  });

  it('--max-per-rule 0 lists them all', async () => {
    const { stdout } = await check(['--max-per-rule', '0', REFERENCE]);
    expect(stdout.split('\n').filter((line) => HEADER.test(line))).toHaveLength(json.length);
    expect(stdout).not.toContain('more not listed');
  });
});
