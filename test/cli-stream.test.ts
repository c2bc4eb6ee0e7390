// The records CSV is written one file at a time (in process through main; the real binary,
// which `npm test` builds first, for pipes, devices and signals): the same text as one merged
// result, the filters, and bad input found before or during the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterRecords } from '../src/analyses/filter.js';
import { parseDraft } from '../src/api.js';
import { formatRecordsCsv } from '../src/formatters/records-csv.js';
import type { StanceRecord } from '../src/types.js';
import { runCli as run } from './cli-in-process.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const HEADER = 'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n';

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
  it('is the header once, then each file\'s rows in argument order, as if each file ran alone', async () => {
    const { status, stdout } = await run(files);
    expect(status).toBe(0);
    const alone: string[] = [];
    for (const file of files) {
      const one = (await run([file])).stdout;
      expect(one.startsWith(HEADER)).toBe(true);
      alone.push(one.slice(HEADER.length));
    }
    expect(alone.filter((rows) => rows !== '')).toHaveLength(5);
    expect(stdout).toBe(HEADER + alone.join(''));
    expect(stdout.split(HEADER)).toHaveLength(2);
  });

  it('is the library parse of all the files, merged', async () => {
    const records = libraryRecords(files);
    expect(records.length).toBeGreaterThan(1000);
    expect((await run(files)).stdout).toBe(formatRecordsCsv(records));
    expect((await run([...files, '--no-escape-formulas'])).stdout).toBe(formatRecordsCsv(records, { escapeFormulas: false }));
  });

  it('applies --country, --paragraph and --stance to every file', async () => {
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
      expect((await run([...files, ...args])).stdout).toBe(formatRecordsCsv(expected));
    }
  });

  it('reads standard input among the files', async () => {
    const { status, stdout } = await run([three, '-', contested], { input: readFileSync(join(root, annexes), 'utf8') });
    expect(status).toBe(0);
    const records = [
      ...libraryRecords([three]),
      ...parseDraft(readFileSync(join(root, annexes), 'utf8'), { file: '-' }).records,
      ...libraryRecords([contested]),
    ];
    expect(stdout).toBe(formatRecordsCsv(records));
  });

  it('-o FILE holds the same text as stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-stream-')), 'records.csv');
    expect((await run([...files, '-o', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe((await run(files)).stdout);
  });

  it('says on stderr what the merged formats say: the number of diagnostics, or each with --diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const invalid = join(dir, 'invalid.txt');
    writeFileSync(invalid, Buffer.concat([Buffer.from('1. Caf'), Buffer.from([0xe9]), Buffer.from(' [UK, FRA]\n2. Text [XYZ]\n')]));
    for (const extra of [[], ['--diagnostics']]) {
      const csv = await run([faults, invalid, annexes, invalid, ...extra]);
      const json = await run([faults, invalid, annexes, invalid, '--format', 'json', ...extra]);
      expect(csv.status).toBe(0);
      expect(csv.stderr).not.toBe('');
      expect(csv.stderr).toBe(json.stderr);
    }
    expect((await run([faults, invalid])).stderr).toMatch(/invalid\.txt:1: warning: .*\n.*\d+ findings \(.*\): kyoto-parse check /);
  });
});

describe('bad input with the records CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyoto-stream-bad-'));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from('1. Text [FRA]\n\0\0\0\n'));

  it('a missing, or a directory as, second file: one line, status 2, and nothing on stdout', async () => {
    for (const [bad, reason] of [['missing.txt', 'no such file'], ['fixtures', 'is a directory']]) {
      const { status, stdout, stderr } = await run([annexes, bad, three]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`kyoto-parse: cannot read '${bad}': ${reason}\n`);
    }
  });

  it('a missing later file with -o: status 2 and no output file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-stream-')), 'records.csv');
    const { status, stderr } = await run([annexes, three, 'missing.txt', '-o', out]);
    expect(status).toBe(2);
    expect(stderr).toBe("kyoto-parse: cannot read 'missing.txt': no such file\n");
    expect(existsSync(out)).toBe(false);
  });

  it('a later file found binary on reading, with -o: one line, status 2, no file, no temporary file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const out = join(outDir, 'records.csv');
    const { status, stdout, stderr } = await run([annexes, three, binary, contested, '-o', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('an existing -o file is left as it was when a later file fails', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kyoto-stream-'));
    const out = join(outDir, 'records.csv');
    writeFileSync(out, 'the previous run\n');
    expect((await run([annexes, binary, '-o', out])).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the previous run\n');
    expect(readdirSync(outDir)).toEqual(['records.csv']);
  });

  it('on stdout, a file found binary on reading stops the output there: one line, status 2', async () => {
    const { status, stdout, stderr } = await run([three, binary, annexes]);
    expect(status).toBe(2);
    expect(stderr).toBe(`kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
    // What came before the bad file, and nothing after it.
    expect(stdout).toBe((await run([three])).stdout);
    // A bad first file: nothing at all, not even the header.
    expect((await run([binary, three]))).toEqual({ status: 2, stdout: '', stderr: `kyoto-parse: '${binary}' looks like a binary file, not a text draft\n` });
  });

  it('with --diagnostics, each file\'s lines are said once it is done: those before a bad file, then its error', async () => {
    const faultLines = (await run([faults, '--diagnostics'])).stderr;
    // As check's text format: the findings, then its summary line, which a run stopped by a bad file never reaches.
    expect(faultLines).toMatch(/^fixtures\/check\/several-faults\.txt:3:150 error unclosed-group /);
    const listed = faultLines.slice(0, faultLines.lastIndexOf('\n', faultLines.length - 2) + 1);
    const { status, stderr } = await run([faults, binary, three, '--diagnostics']);
    expect(status).toBe(2);
    expect(stderr).toBe(`${listed}kyoto-parse: '${binary}' looks like a binary file, not a text draft\n`);
  });

  it('a closed pipe over several files ends quietly with status 0', async () => {
    const command = `set -o pipefail; "${process.execPath}" "${bin}" ${files.join(' ')} ${annexes} | head -1`;
    const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(HEADER);
    expect(result.stderr).not.toMatch(/EPIPE|Error|internal/);
  });

  it('so do the records JSON, written as it is read, and the help, longer than what the reader takes', () => {
    for (const [args, first] of [[`${annexes} --format json --quiet`, '{'], ['--help', 'Usage: kyoto-parse [options] [command] <files...>'], ['help matrix', 'Usage: kyoto-parse matrix [options] <files...>']]) {
      const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" ${args} | head -1`], { cwd: root, encoding: 'utf8' });
      expect({ args, status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ args, status: 0, stdout: `${first}\n`, stderr: '' });
    }
  });
});

describe('configuration files, output failures and signals with the records CSV', () => {
  const bash = (command: string, timeout = 60_000) => spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', timeout });

  it('reads --aliases and --vocabulary once, so a pipe works', async () => {
    const expected = await run([three, annexes, '--aliases', 'data/aliases.json', '--vocabulary', 'data/vocabulary.json']);
    expect(expected.status).toBe(0);
    const piped = bash(`"${process.execPath}" "${bin}" ${three} ${annexes} --aliases <(cat data/aliases.json) --vocabulary <(cat data/vocabulary.json)`);
    expect({ status: piped.status, stdout: piped.stdout, stderr: piped.stderr }).toEqual(expected);
  });

  it('a full disk on stdout is an output problem: one line, status 2', async () => {
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
