/**
 * Reading hostile inputs with the real binary (`npm test` builds dist/ first), issue 20's classes
 * 3 and 4: inputs that never end or are huge (`/dev/zero`, `/dev/urandom`, an endless pipe, a
 * sparse file of 1 GiB), as drafts and as JSON files, and encodings (UTF-32 with a byte order
 * mark, UTF-16 and UTF-32 without one, file names that are not UTF-8). Every run must end of
 * itself: the endless inputs end because the reader refuses them, never because a test gives up.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeDraft } from '../src/decode/decode-draft.js';
import { parseSize } from '../src/cli/input-limits.js';
import { HEAD_BYTES, readBounded, readFileBounded, TooLarge } from '../src/cli/read-bounded.js';
import { looksBinary, unmarkedUnicode } from '../src/cli/sniff.js';

vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const draftPath = join(root, 'fixtures', 'kyoto-6227-20-annexes.txt');
const draftText = readFileSync(draftPath, 'utf8');
const CSV_HEADER = 'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n';

const dir = mkdtempSync(join(tmpdir(), 'kyoto-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string | Buffer, content: string | Uint8Array): string {
  const path = typeof name === 'string' ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]);
  writeFileSync(path, content);
  return typeof path === 'string' ? path : path.toString('utf8');
}

/** A sparse file of `size` bytes: it takes no room on the disk, and reading it would take long. */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

interface Run { status: number | null; stdout: string; stderr: string }

/**
 * Runs `child` to its end. Standard input, when a stream of another process is piped into it,
 * is that process's: it ends once the binary closes its end of the pipe.
 */
async function finish(child: ChildProcess): Promise<Run> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return { status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

/** The binary with `args`; standard input from `stdin` (a descriptor or a stream), else none. */
function run(args: string[], stdin: 'ignore' | number | NodeJS.ReadableStream = 'ignore'): Promise<Run> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: [typeof stdin === 'object' ? 'pipe' : stdin, 'pipe', 'pipe'] });
  if (typeof stdin === 'object') {
    // The binary leaves once it has read enough: the writer's pipe then breaks, which is no fault here.
    child.stdin!.on('error', () => {});
    stdin.pipe(child.stdin!);
  }
  return finish(child);
}

/** The binary with `args` and, last, an argument made of `raw`'s bytes (not UTF-8), which spawn cannot pass: a shell's printf makes it. */
function runWithRawLast(args: string[], raw: Buffer): Promise<Run> {
  const octal = [...raw].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
  const child = spawn('/bin/sh', ['-c', 'exec "$@" "$(printf "$RAW")"', 'sh', process.execPath, bin, ...args], {
    cwd: dir, env: { ...env, RAW: octal }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return finish(child);
}

/** Exit 2, exactly one line on stderr, starting `kyoto-parse:` and holding `mention`, nothing on stdout. */
function expectRefused(result: Run, mention: string | RegExp): void {
  expect(result.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split('\n'), `one line on stderr: ${result.stderr}`).toHaveLength(1);
  expect(result.stderr).toMatch(/^kyoto-parse: /);
  expect(result.stderr).toMatch(mention);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
}

const rowsWithoutFile = (csv: string): string[][] => (parse(csv) as string[][]).slice(1).map((row) => row.slice(1));

let referenceRun: Promise<Run> | undefined;
/** The plain run on the UTF-8 reference draft. */
const reference = (): Promise<Run> => (referenceRun ??= run([draftPath]));

/** A small clean draft: two paragraphs, three records (FRA and BEL support OP1, RUS asks to delete it). */
const small = '1. Strengthen cooperation [FRA,BEL; delete: RUS]\n\n2. Promote the rule of law\n';
const smallRows = [
  ['OP1', 'FRA', 'France', 'support', '', 'FRA', '1', '28', 'false', 'Strengthen cooperation'],
  ['OP1', 'BEL', 'Belgium', 'support', '', 'BEL', '1', '32', 'false', 'Strengthen cooperation'],
  ['OP1', 'RUS', 'Russian Federation', 'delete', 'delete', 'RUS', '1', '45', 'false', 'Strengthen cooperation'],
];

describe.concurrent('inputs that never end or are huge: refused, never read to the end', () => {
  const MiB = 1024 * 1024;
  const draft = file('small.txt', small);

  it('the small draft itself gives its three records', async () => {
    const result = await run([draft, '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(rowsWithoutFile(result.stdout)).toEqual(smallRows);
  });

  it('/dev/zero and /dev/urandom as a draft: binary, from their first bytes (main, check, matrix, trace, report)', async () => {
    const runs = await Promise.all([
      run(['/dev/zero']), run(['/dev/urandom']), run(['check', '/dev/zero']), run(['matrix', '/dev/urandom']),
      run(['trace', draft, '/dev/zero']), run(['report', '/dev/urandom']),
    ]);
    for (const [i, result] of runs.entries()) expectRefused(result, i % 2 === 0 ? "'/dev/zero' looks like a binary file, not a text draft" : "'/dev/urandom' looks like a binary file, not a text draft");
  });

  it('/dev/zero and /dev/urandom on standard input: the same', async () => {
    const zero = openSync('/dev/zero', 'r');
    const random = openSync('/dev/urandom', 'r');
    try {
      const runs = await Promise.all([run(['-'], zero), run(['check', '-'], random)]);
      for (const result of runs) expectRefused(result, "'-' looks like a binary file, not a text draft");
    } finally {
      closeSync(zero);
      closeSync(random);
    }
  });

  it('/dev/zero and /dev/urandom as --aliases, --vocabulary and --config: a binary file, not JSON', async () => {
    const runs = await Promise.all([
      run([draft, '--aliases', '/dev/zero']), run([draft, '--vocabulary', '/dev/urandom']),
      run(['check', draft, '--config', '/dev/zero']), run(['matrix', draft, '--aliases', '/dev/urandom']),
    ]);
    const names = ['/dev/zero', '/dev/urandom', '/dev/zero', '/dev/urandom'];
    runs.forEach((result, i) => expectRefused(result, `kyoto-parse: ${names[i]}: a binary file (NUL bytes), not JSON`));
  });

  it('a sparse file of 1 GiB: refused from its size, as a draft and as a JSON file', async () => {
    const huge = sparse('huge.txt', 1024 * MiB);
    const [asDraft, asCheck, asAliases, asConfig] = await Promise.all([
      run([huge]), run(['check', draft, huge]), run([draft, '--aliases', huge]), run([draft, '--config', huge]),
    ]);
    // "1GB, larger than": the size the file has, which only its size (not reading) gives.
    expectRefused(asDraft, `kyoto-parse: cannot read '${huge}': 1GB, larger than the limit of 256MB (--max-input-size SIZE reads more)`);
    // Every input is checked before check writes: nothing of the first file's report went out.
    expectRefused(asCheck, `cannot read '${huge}': 1GB, larger than the limit of 256MB`);
    expectRefused(asAliases, `kyoto-parse: ${huge}: 1GB, larger than the limit of 4MB (--max-input-size SIZE reads more)`);
    expectRefused(asConfig, `kyoto-parse: ${huge}: 1GB, larger than the limit of 4MB`);
  });

  it('a JSON file of 5 MiB passes the 4 MiB default for JSON files: refused; --max-input-size 8MB reads it (and finds it no JSON)', async () => {
    const big = sparse('big-aliases.json', 5 * MiB);
    const [refused, raised] = await Promise.all([run([draft, '--aliases', big]), run([draft, '--aliases', big, '--max-input-size', '8MB'])]);
    expectRefused(refused, `kyoto-parse: ${big}: 5MB, larger than the limit of 4MB`);
    // Read now: its first bytes are NULs.
    expectRefused(raised, `kyoto-parse: ${big}: a binary file (NUL bytes), not JSON`);
  });

  it('text that never ends on standard input (yes(1)): refused once the limit is passed, reading stopped there', async () => {
    const endless = spawn('yes', ['1. Strengthen cooperation [FRA,BEL; delete: RUS]'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const result = await run(['-', '--max-input-size', '1MB'], endless.stdout!);
    endless.kill();
    expectRefused(result, 'kyoto-parse: cannot read standard input: larger than the limit of 1MB (--max-input-size SIZE reads more); reading stopped there');
  });

  it('a FIFO that never ends, named as a draft: the same (it has no size to ask)', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer blocks until the binary opens the FIFO, and ends when the binary closes it (SIGPIPE).
    const writer = spawn('/bin/sh', ['-c', 'exec yes "1. Strengthen cooperation [FRA,BEL; delete: RUS]" > "$0"', fifo], { stdio: 'ignore' });
    const result = await run(['check', fifo, '--max-input-size', '1MB']);
    writer.kill();
    expectRefused(result, `kyoto-parse: cannot read '${fifo}': larger than the limit of 1MB (--max-input-size SIZE reads more); reading stopped there`);
  });

  it('--max-input-size: a draft of 2 KiB is refused under 1kb and read under 4kb', async () => {
    // 30 copies of the small draft (77 bytes), renumbered (51 more digits), joined by 29 line ends: 2,390 bytes.
    const long = Array.from({ length: 30 }, (_, i) => small.replace('1.', `${2 * i + 1}.`).replace('2.', `${2 * i + 2}.`)).join('\n');
    expect(Buffer.byteLength(long)).toBe(2390);
    const path = file('long.txt', long);
    const [refused, read, fromStdin] = await Promise.all([
      run([path, '--max-input-size', '1kb']), run([path, '--max-input-size', '4kb', '--format', 'csv']), run(['-', '--max-input-size', '1kb'], openSync(path, 'r')),
    ]);
    expectRefused(refused, `kyoto-parse: cannot read '${path}': 2.33KB, larger than the limit of 1KB`);
    expect(read.status).toBe(0);
    expect(rowsWithoutFile(read.stdout)).toHaveLength(90);
    // Standard input redirected from a file has the file's size: refused from it, unread.
    expectRefused(fromStdin, 'kyoto-parse: cannot read standard input: 2.33KB, larger than the limit of 1KB (--max-input-size SIZE reads more)');
  });

  it('--max-input-size with a size that is none, or too large: a usage error', async () => {
    const runs = await Promise.all([
      run([draft, '--max-input-size', '256M']), run([draft, '--max-input-size', '0']), run(['check', draft, '--max-input-size', '1GB']),
    ]);
    expectRefused(runs[0], /--max-input-size.*'256M' is invalid\. expected a size such as 64MB/);
    expectRefused(runs[1], /--max-input-size.*'0' is invalid\. expected a size/);
    expectRefused(runs[2], /--max-input-size.*'1GB' is invalid\. at most 500MB/);
  });
});

describe.concurrent('encodings: UTF-32 read, UTF-16 and UTF-32 without a mark named', () => {
  const withMark = (mark: number[], encoding: string) => Buffer.concat([Buffer.from(mark), iconv.encode(draftText, encoding)]);

  it('UTF-32LE and UTF-32BE with a byte order mark: the records of the UTF-8 draft, no warning', async () => {
    const le = file('utf32le.txt', withMark([0xff, 0xfe, 0, 0], 'utf-32le'));
    const be = file('utf32be.txt', withMark([0, 0, 0xfe, 0xff], 'utf-32be'));
    const [{ stdout: expected }, ...runs] = await Promise.all([reference(), run([le]), run([be])]);
    for (const result of runs) {
      expect(result.status).toBe(0);
      expect(result.stderr).not.toMatch(/invalid|encoding|binary/);
      expect(rowsWithoutFile(result.stdout)).toEqual(rowsWithoutFile(expected));
    }
    expect(rowsWithoutFile(expected).length).toBeGreaterThan(1000);
  });

  it('UTF-32 with a value past U+10FFFF and a last unit cut short: those lines warned about, the records kept', async () => {
    const units = (text: string) => Buffer.concat([...text].map((char) => {
      const unit = Buffer.alloc(4);
      unit.writeUInt32LE(char.codePointAt(0)!);
      return unit;
    }));
    const bad = Buffer.alloc(4);
    bad.writeUInt32LE(0x110000);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), units('1. Strengthen cooperation '), bad, units('[FRA,BEL; delete: RUS]\n\n2. Promote the rule of law'), Buffer.from([0x0a, 0])]);
    const result = await run([file('utf32-bad.txt', bytes), '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(rowsWithoutFile(result.stdout).map((row) => row.slice(1, 4))).toEqual(smallRows.map((row) => row.slice(1, 4)));
    const warnings = result.stderr.split('\n').filter((line) => line.includes('warning: invalid bytes'));
    expect(warnings.map((line) => /:(\d+): warning/.exec(line)?.[1])).toEqual(['1', '3']);
    // Named as the file was read, not as UTF-8.
    for (const line of warnings) expect(line).toMatch(/warning: invalid bytes for UTF-32LE, replaced by U\+FFFD$/);
  });

  it('UTF-16 with a lone surrogate, and --encoding: the warning names the encoding the bytes were read in', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1. Strengthen ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(' cooperation [FRA,BEL]\n', 'utf16le')]);
    const lone = await run([file('utf16-lone.txt', utf16), '--format', 'csv']);
    expect(lone.status).toBe(0);
    expect(lone.stderr).toMatch(/utf16-lone\.txt:1: warning: invalid bytes for UTF-16LE, replaced by U\+FFFD\n/);
    // 0x81 opens a two-byte Shift JIS character, and a space cannot end one.
    const sjis = await run([file('sjis-bad.txt', Buffer.from([...Buffer.from('1. Text '), 0x81, 0x20, ...Buffer.from('[FRA]\n')])), '--encoding', 'shift_jis', '--format', 'csv']);
    expect(sjis.stderr).toMatch(/sjis-bad\.txt:1: warning: invalid bytes for shift_jis, replaced by U\+FFFD\n/);
  });

  it('UTF-16 and UTF-32 without a byte order mark: refused, naming the encoding and the --encoding that reads it', async () => {
    const cases = ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'].map((encoding) => ({ encoding, path: file(`unmarked-${encoding}.txt`, iconv.encode(draftText, encoding)) }));
    const runs = await Promise.all(cases.map(({ path }) => run([path])));
    runs.forEach((result, i) => expectRefused(result,
      `kyoto-parse: '${cases[i]!.path}' looks like ${cases[i]!.encoding.toUpperCase()} text without a byte order mark, not UTF-8: read it with --encoding ${cases[i]!.encoding}`));
    const [{ stdout: expected }, ...read] = await Promise.all([reference(), ...cases.map(({ path, encoding }) => run([path, '--encoding', encoding]))]);
    for (const result of read) {
      expect(result.status).toBe(0);
      expect(rowsWithoutFile(result.stdout)).toEqual(rowsWithoutFile(expected));
    }
  });

  it('a draft in Cyrillic as UTF-16LE without a mark: named UTF-16LE too (its spaces, digits and codes give it away)', async () => {
    const russian = '1. Укрепить сотрудничество между государствами [FRA, BEL; delete: RUS]\n\n2. Содействовать верховенству права\n';
    const path = file('russian-utf16le.txt', iconv.encode(russian, 'utf-16le'));
    const [refused, read] = await Promise.all([run(['check', path]), run([path, '--encoding', 'utf-16le', '--format', 'csv'])]);
    expectRefused(refused, 'looks like UTF-16LE text without a byte order mark, not UTF-8: read it with --encoding utf-16le');
    expect(read.status).toBe(0);
    expect(rowsWithoutFile(read.stdout).map((row) => row.slice(1, 4))).toEqual([['FRA', 'France', 'support'], ['BEL', 'Belgium', 'support'], ['RUS', 'Russian Federation', 'delete']]);
  });

  it('--encoding utf-16le does not make /dev/zero a draft: still binary', async () => {
    expectRefused(await run(['/dev/zero', '--encoding', 'utf-16le']), "'/dev/zero' looks like a binary file, not a text draft");
  });
});

describe.concurrent('file names that are not UTF-8', () => {
  // `dé.txt` in Latin-1: the byte 0xE9 alone is not UTF-8, and Node hands the program `d\uFFFD.txt`.
  const latin1 = Buffer.from([0x64, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
  const shown = 'd\uFFFD.txt';

  it('a draft named so is read, and its records name it as Node decoded it', async () => {
    file(latin1, small);
    const records = await runWithRawLast(['--format', 'csv'], latin1);
    expect(records.stderr).toBe('');
    expect(records.status).toBe(0);
    expect(records.stdout.startsWith(CSV_HEADER)).toBe(true);
    expect((parse(records.stdout) as string[][]).slice(1).map((row) => row.slice(0, 4))).toEqual(smallRows.map((row) => [shown, ...row.slice(0, 3)]));
  });

  it('check reads one too: its finding (a `[` never closed, at column 9) names the file', async () => {
    // `fé.txt` in Latin-1.
    const name = Buffer.from([0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
    file(name, '1. Text [FRA: support\n');
    const result = await runWithRawLast(['check', '--format', 'json'], name);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ file: 'f\uFFFD.txt', line: 1, column: 9, severity: 'error', rule: 'unclosed-group' })]);
  });

  it('an --aliases file named so is read too', async () => {
    const aliases = Buffer.from([0x61, 0xe9, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]);
    file(aliases, JSON.stringify({ mode: 'extend', aliases: { FRN: 'FRA' } }));
    const draft = file('aliased.txt', '1. Text [FRN]\n');
    const result = await runWithRawLast([draft, '--format', 'csv', '--aliases'], aliases);
    expect(result.status).toBe(0);
    expect(rowsWithoutFile(result.stdout).map((row) => row.slice(0, 6))).toEqual([['OP1', 'FRA', 'France', 'support', '', 'FRN']]);
  });

  it('a missing one: no such file, and why its name may be the cause', async () => {
    const missing = Buffer.from([0x6e, 0x6f, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
    expectRefused(await runWithRawLast([], missing),
      "kyoto-parse: cannot read 'no\uFFFD.txt': no such file (the name holds U+FFFD, which stands for bytes that are not UTF-8: a file whose name has such bytes may not be found; rename it, or give it on standard input, '- < FILE')");
  });
});

describe('the reader and the sniffer, in process', () => {
  it('reads /dev/zero no further than its limit', () => {
    let caught: unknown;
    try {
      readFileBounded('/dev/zero', { maxBytes: 3 * HEAD_BYTES });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TooLarge);
    expect((caught as TooLarge).size).toBeUndefined();
  });

  it('shows the first HEAD_BYTES to the sniffer before reading more: a refusal there leaves the rest unread', () => {
    const path = file('zeros.bin', Buffer.alloc(10 * HEAD_BYTES));
    const fd = openSync(path, 'r');
    try {
      const heads: number[] = [];
      expect(() => readBounded(fd, { maxBytes: 100 * HEAD_BYTES, sniff: (head) => { heads.push(head.length); throw new Error('binary'); } })).toThrow('binary');
      expect(heads).toEqual([HEAD_BYTES]);
      // What the descriptor still has: all but the head.
      const rest = Buffer.alloc(10 * HEAD_BYTES);
      let left = 0;
      for (let read; (read = readSync(fd, rest, 0, rest.length, null)) > 0;) left += read;
      expect(left).toBe(9 * HEAD_BYTES);
    } finally {
      closeSync(fd);
    }
  });

  it('a file shorter than the head is shown whole, once', () => {
    const heads: string[] = [];
    const bytes = readFileBounded(file('short.txt', 'abc'), { maxBytes: 10, sniff: (head) => { heads.push(head.toString()); } });
    expect(bytes.toString()).toBe('abc');
    expect(heads).toEqual(['abc']);
  });

  it('unmarked UTF-16 and UTF-32 are told from random bytes and from zeros', () => {
    // A fixed pseudo-random sequence (a linear congruential generator): the same bytes on every run.
    let seed = 20;
    const random = Buffer.from(Array.from({ length: HEAD_BYTES }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
    expect(unmarkedUnicode(random)).toBeUndefined();
    expect(unmarkedUnicode(Buffer.alloc(HEAD_BYTES))).toBeUndefined();
    expect(unmarkedUnicode(Buffer.from(small, 'utf8'))).toBeUndefined();
    expect(unmarkedUnicode(iconv.encode(small, 'utf-16le'))).toBe('utf-16le');
    expect(unmarkedUnicode(iconv.encode(small, 'utf-16be'))).toBe('utf-16be');
    expect(unmarkedUnicode(iconv.encode(small, 'utf-32le'))).toBe('utf-32le');
    expect(unmarkedUnicode(iconv.encode(small, 'utf-32be'))).toBe('utf-32be');
    expect(looksBinary(random.toString('latin1'))).toBe(true);
    // A DOS end-of-file mark (^Z) and form feeds are no reason to call a draft binary.
    expect(looksBinary(`${small}\f${small}\x1a`)).toBe(false);
  });

  it('decodeDraft reads UTF-32 with either mark, UTF-16LE still UTF-16LE', () => {
    const text = 'OP1 [FRA] 𝔘\r\nnext';
    expect(decodeDraft(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le')]))).toEqual({ text: 'OP1 [FRA] 𝔘\nnext', invalidLines: [], encoding: 'UTF-32LE' });
    expect(decodeDraft(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(text, 'utf-32be')]))).toEqual({ text: 'OP1 [FRA] 𝔘\nnext', invalidLines: [], encoding: 'UTF-32BE' });
    expect(decodeDraft(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('A\nB', 'utf-16le')]))).toEqual({ text: 'A\nB', invalidLines: [], encoding: 'UTF-16LE' });
  });

  it('parseSize reads the bytes package\'s units, a kilobyte being 1024 bytes', () => {
    expect(parseSize('256MB')).toBe(256 * 1024 * 1024);
    expect(parseSize('64kb')).toBe(65536);
    expect(parseSize('1000')).toBe(1000);
    expect(() => parseSize('256M')).toThrow(/expected a size/);
    expect(() => parseSize('-1MB')).toThrow(/expected a size/);
  });
});
