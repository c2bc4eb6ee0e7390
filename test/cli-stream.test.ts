// The records CSV is written one file at a time (the real binary; `npm test` builds dist/ first):
// the same text as one merged result, the filters, and bad input found before or during the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterRecords } from '../src/analyses/filter.js';
import { parseDraft } from '../src/api.js';
import { formatRecordsCsv } from '../src/formatters/records-csv.js';
import type { StanceRecord } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const HEADER = 'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n';

function run(args: string[], options: { input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: options.input, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const annexes = 'fixtures/kyoto-6227-20-annexes.txt';
const contested = 'fixtures/analytics/contested.txt';
const three = 'fixtures/analytics/three.txt';
const faults = 'fixtures/check/several-faults.txt';
const noRecords = 'fixtures/kyoto-final-6456-21.txt';
// Files with records, one without, one with diagnostics, one twice: in this order.
const files = [three, annexes, noRecords, faults, contested, three];

function libraryRecords(paths: string[]): StanceRecord[] {
  return paths.flatMap((file) => parseDraft(readFileSync(join(root, file), 'utf8'), { file }).records);
}

describe('the records CSV over several files', () => {
  it('is the header once, then each file\'s rows in argument order, as if each file ran alone', () => {
    const { status, stdout } = run(files);
    expect(status).toBe(0);
    const alone = files.map((file) => {
      const one = run([file]).stdout;
      expect(one.startsWith(HEADER)).toBe(true);
      return one.slice(HEADER.length);
    });
    expect(alone.filter((rows) => rows !== '')).toHaveLength(5);
    expect(stdout).toBe(HEADER + alone.join(''));
    expect(stdout.split(HEADER)).toHaveLength(2);
  });

  it('is the library parse of all the files, merged', () => {
    const records = libraryRecords(files);
    expect(records.length).toBeGreaterThan(1000);
    expect(run(files).stdout).toBe(formatRecordsCsv(records));
    expect(run([...files, '--no-escape-formulas']).stdout).toBe(formatRecordsCsv(records, { escapeFormulas: false }));
  });

  it('applies --country, --paragraph and --stance to every file', () => {
    const records = libraryRecords(files);
    const cases: [string[], Parameters<typeof filterRecords>[1]][] = [
      [['--country', 'UK,RUS'], { countries: new Set(['GBR', 'RUS']) }],
      [['--paragraph', 'op1,PP2'], { paragraphs: new Set(['op1', 'PP2']) }],
      [['--stance', 'oppose'], { stances: new Set(['oppose']) }],
      [['--country', 'RUS', '--stance', 'oppose,delete'], { countries: new Set(['RUS']), stances: new Set(['oppose', 'delete']) }],
    ];
    for (const [args, filter] of cases) {
      const expected = filterRecords(records, filter);
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(expected.map((r) => r.file)).size).toBeGreaterThan(1);
      expect(run([...files, ...args]).stdout).toBe(formatRecordsCsv(expected));
    }
  });

  it('reads standard input among the files', () => {
    const { status, stdout } = run([three, '-', contested], { input: readFileSync(join(root, annexes), 'utf8') });
    expect(status).toBe(0);
    const records = [
      ...libraryRecords([three]),
      ...parseDraft(readFileSync(join(root, annexes), 'utf8'), { file: '-' }).records,
      ...libraryRecords([contested]),
    ];
    expect(stdout).toBe(formatRecordsCsv(records));
  });

  it('-o FILE holds the same text as stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-stream-')), 'records.csv');
    expect(run([...files, '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run(files).stdout);
  });

  it('says on stderr what the merged formats say: the number of diagnostics, or each with --diagnostics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const invalid = join(dir, 'invalid.txt');
    writeFileSync(invalid, Buffer.concat([Buffer.from('1. Caf'), Buffer.from([0xe9]), Buffer.from(' [UK, FRA]\n2. Text [XYZ]\n')]));
    for (const extra of [[], ['--diagnostics']]) {
      const csv = run([faults, invalid, annexes, invalid, ...extra]);
      const json = run([faults, invalid, annexes, invalid, '--format', 'json', ...extra]);
      expect(csv.status).toBe(0);
      expect(csv.stderr).not.toBe('');
      expect(csv.stderr).toBe(json.stderr);
    }
    expect(run([faults, invalid]).stderr).toMatch(/invalid\.txt:1: warning: .*\n.*\d+ diagnostic\(s\)/);
  });
});

describe('bad input with the records CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyoto-stream-bad-'));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from('1. Text [FRA]\n\0\0\0\n'));

  it('a missing, or a directory as, second file: one line, status 2, and nothing on stdout', () => {
    for (const [bad, reason] of [['missing.txt', 'no such file'], ['fixtures', 'is a directory']]) {
      const { status, stdout, stderr } = run([annexes, bad, three]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`kyoto-parse: cannot read '${bad}': ${reason}\n`);
    }
  });

  it('a missing later file with -o: status 2 and no output file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-stream-')), 'records.csv');
    const { status, stderr } = run([annexes, three, 'missing.txt', '-o', out]);
    expect(status).toBe(2);
    expect(stderr).toBe("kyoto-parse: cannot read 'missing.txt': no such file\n");
    expect(existsSync(out)).toBe(false);
  });

  it('a later file found binary on reading, with -o: one line, status 2, no file, no temporary file', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const out = join(outDir, 'records.csv');
    const { status, stdout, stderr } = run([annexes, three, binary, contested, '-o', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('an existing -o file is left as it was when a later file fails', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const out = join(outDir, 'records.csv');
    writeFileSync(out, 'the previous run\n');
    expect(run([annexes, binary, '-o', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the previous run\n');
    expect(readdirSync(outDir)).toEqual(['records.csv']);
  });

  it('on stdout, a file found binary on reading stops the output there: one line, status 2', () => {
    const { status, stdout, stderr } = run([three, binary, annexes]);
    expect(status).toBe(2);
    expect(stderr).toBe(`kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
    // What came before the bad file, and nothing after it.
    expect(stdout).toBe(run([three]).stdout);
    // A bad first file: nothing at all, not even the header.
    expect(run([binary, three])).toEqual({ status: 2, stdout: '', stderr: `kyoto-parse: '${binary}' looks like a binary file, not a text draft\n` });
  });

  it('with --diagnostics, each file\'s lines are said once it is done: those before a bad file, then its error', () => {
    const faultLines = run([faults, '--diagnostics']).stderr;
    expect(faultLines).toMatch(/^fixtures\/check\/several-faults\.txt:3:150: error unclosed-group: /);
    const { status, stderr } = run([faults, binary, three, '--diagnostics']);
    expect(status).toBe(2);
    expect(stderr).toBe(`${faultLines}kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
  });

  it('a closed pipe over several files ends quietly with status 0', () => {
    const command = `set -o pipefail; "${process.execPath}" "${bin}" ${files.join(' ')} ${annexes} | head -1`;
    const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(HEADER);
    expect(result.stderr).not.toMatch(/EPIPE|Error|internal/);
  });
});

describe('configuration files, output failures and signals with the records CSV', () => {
  const bash = (command: string, timeout = 60_000) => spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', timeout });

  it('reads --aliases and --vocabulary once, so a pipe works', () => {
    const expected = run([three, annexes, '--aliases', 'data/aliases.json', '--vocabulary', 'data/vocabulary.json']);
    expect(expected.status).toBe(0);
    const piped = bash(`"${process.execPath}" "${bin}" ${three} ${annexes} --aliases <(cat data/aliases.json) --vocabulary <(cat data/vocabulary.json)`);
    expect({ status: piped.status, stdout: piped.stdout, stderr: piped.stderr }).toEqual(expected);
  });

  it('a full disk on stdout is an output problem: one line, status 2', () => {
    for (const args of [[three, annexes], [three, '--format', 'json']]) {
      const full = bash(`"${process.execPath}" "${bin}" ${args.join(' ')} > /dev/full`);
      expect(full.status).toBe(2);
      expect(full.stderr).toMatch(/^kyoto-parse: cannot write to standard output: no space left on the device\n/);
    }
  });

  it('Ctrl-C while one large file is parsed with -o leaves FILE as it was and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-sigint-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(join(root, annexes), 'utf8').repeat(40));
    const out = join(dir, 'records.csv');
    writeFileSync(out, 'keep\n');
    const child = spawn(process.execPath, [bin, big, '-o', out], { cwd: root, stdio: 'ignore' });
    setTimeout(() => child.kill('SIGINT'), 400);
    const [code, signal] = await new Promise<[number | null, string | null]>((done) => child.on('exit', (c, s) => done([c, s])));
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('keep\n');
    expect(readdirSync(dir).sort()).toEqual(['big.txt', 'records.csv']);
  });
});
