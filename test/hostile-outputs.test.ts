/**
 * Hostile outputs for the real binary (`npm test` builds dist/ first): `-o` never destroys an
 * input, however the two are named; every kind of `-o` target is written as the README says (a
 * link through, a device or descriptor into, a regular file whole with its mode and owner); a
 * closed standard error or a signal never leaves standard output or `-o` half-done; and every
 * error is one line starting `kyoto-parse:`, with no raw system error code.
 *
 * The tests may run as root: `/dev/stdout` itself is never given to `-o` (a mistake there would
 * replace the machine's own link). A symbolic link in the temporary folder pointing where
 * `/dev/stdout` points (`/proc/self/fd/1`) is the same case for kyoto-parse, and harms nothing.
 *
 * Every run checks that the input files it was given (and those named in `inputs`) are unchanged.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync, chownSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync,
  readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reason, SYSTEM_ERROR_WORDS } from '../src/cli/system-errors.js';

vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const draftPath = join(root, 'fixtures', 'kyoto-6227-20-annexes.txt');

const dir = mkdtempSync(join(tmpdir(), 'kyoto-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A draft whose records can be read off its text: OP1 FRA and BEL support, RUS delete; OP2 EGY and IRN retain the original. */
const cleanDraft = '1. Strengthen cooperation [FRA,BEL; delete: RUS]\n\n2. Promote the rule of law (retain original: EGY, IRN)\n';
const CSV_HEADER = 'file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n';

/** A folder of its own for one test, with the clean draft in it as `draft.txt`. */
function folder(name: string): { here: string; draft: string } {
  const here = join(dir, name);
  mkdirSync(here, { recursive: true });
  const draft = join(here, 'draft.txt');
  writeFileSync(draft, cleanDraft);
  return { here, draft };
}

/** Fingerprints a file: its bytes' hash; for a file too large to read whole (a sparse one of gigabytes), its size, inode and time of change. */
function sha256(path: string): string {
  const stats = statSync(path);
  if (stats.size > 64 * 1024 ** 2) return `${stats.size} ${stats.ino} ${stats.mtimeMs}`;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
const temporaryFiles = (path: string) => readdirSync(path).filter((name) => name.endsWith('.tmp'));

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

interface Run { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

interface RunOptions {
  cwd?: string;
  /** Standard input: a file (opened and given as fd 0, as the shell's `< FILE`), else none. */
  stdinFrom?: string;
  /** Files read apart from the arguments (configuration files); the file stdin comes from is one unless `stdinUnread`. */
  inputs?: string[];
  /** Standard input is not among the inputs read: its file may be written. */
  stdinUnread?: boolean;
}

/** The paths of `args` that name regular files, but the `-o` target. */
const fileArguments = (args: string[], cwd: string) =>
  args.filter((arg, i) => !['-o', '--output'].includes(args[i - 1]) && isRegularFile(resolve(cwd, arg))).map((arg) => resolve(cwd, arg));

/** Runs the binary; every input file it was given must be unchanged after the run. */
async function run(args: string[], options: RunOptions = {}): Promise<Run> {
  const cwd = options.cwd ?? dir;
  const inputs = [...fileArguments(args, cwd), ...(options.inputs ?? []), ...(options.stdinFrom && !options.stdinUnread ? [options.stdinFrom] : [])];
  const before = inputs.map(sha256);
  const stdinFd = options.stdinFrom ? openSync(options.stdinFrom, 'r') : undefined;
  const stdio: StdioOptions = [stdinFd ?? 'ignore', 'pipe', 'pipe'];
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, stdio });
  if (stdinFd !== undefined) closeSync(stdinFd);
  const result = await collect(child);
  expect(inputs.map(sha256), 'an input file changed during the run').toEqual(before);
  return result;
}

function collect(child: ReturnType<typeof spawn>): Promise<Run> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status, signal) => done({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** A raw system error code (ELOOP, ERR_FS_FILE_TOO_LARGE) anywhere in a message. */
const RAW_CODE = /\b(E[A-Z]{3,}|ERR_[A-Z_]+)\b/;

/** Exit 2, exactly one line on stderr starting `kyoto-parse:`, no raw code, no stack trace, nothing on stdout. */
function expectUsageError(result: Run, mention?: string | RegExp): void {
  expect(result.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at /);
  expect(result.stderr.endsWith('\n'), `stderr: ${JSON.stringify(result.stderr)}`).toBe(true);
  expect(result.stderr.trimEnd().split('\n'), 'exactly one line on stderr').toHaveLength(1);
  expect(result.stderr).toMatch(/^kyoto-parse: /);
  expect(result.stderr).not.toMatch(RAW_CODE);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  if (mention) expect(result.stderr).toMatch(mention);
}

/** The records of the clean draft's CSV, as paragraph and country (read off the draft by hand). */
function expectCleanRecords(csv: string): void {
  expect(csv.startsWith(CSV_HEADER)).toBe(true);
  const rows = (parse(csv) as string[][]).slice(1).map(([, paragraph, country, , stance]) => `${paragraph} ${country} ${stance}`);
  expect(rows).toEqual(['OP1 FRA support', 'OP1 BEL support', 'OP1 RUS delete', 'OP2 EGY oppose', 'OP2 IRN oppose']);
}

/** `bash -c SCRIPT` with NODE and BIN set; its stdout. */
async function bash(script: string, cwd: string, env: Record<string, string> = {}): Promise<string> {
  const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, NODE: process.execPath, BIN: bin, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return (await collect(child)).stdout;
}

describe.concurrent('kyoto-parse on hostile outputs', () => {
  describe('an output that is an input: refused before anything is written, the input unchanged', () => {
    it('standard input redirected from the -o file (`- -o d.txt < d.txt`), for records and check', async () => {
      const { here, draft } = folder('stdin-is-output');
      const runs = await Promise.all([
        run(['-', '-o', 'draft.txt'], { cwd: here, stdinFrom: draft }),
        run(['check', '-', '-o', 'draft.txt'], { cwd: here, stdinFrom: draft }),
        run(['matrix', '-', '-o', draft], { cwd: here, stdinFrom: draft }),
      ]);
      for (const result of runs) expectUsageError(result, /standard input/);
      expect(readFileSync(draft, 'utf8')).toBe(cleanDraft);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('standard input from the file, -o naming it another way: a symbolic link, a hard link, a `..` path', async () => {
      const { here, draft } = folder('stdin-other-names');
      mkdirSync(join(here, 'sub'));
      symlinkSync(draft, join(here, 'sub', 'link.txt'));
      linkSync(draft, join(here, 'hard.txt'));
      const runs = await Promise.all([
        run(['-', '-o', 'sub/link.txt'], { cwd: here, stdinFrom: draft }),
        run(['-', '-o', 'hard.txt'], { cwd: here, stdinFrom: draft }),
        run(['-', '-o', 'sub/../draft.txt'], { cwd: here, stdinFrom: draft }),
        run(['check', '-', '-o', join(here, 'sub', '..', 'hard.txt')], { cwd: here, stdinFrom: join(here, 'sub', 'link.txt') }),
      ]);
      for (const result of runs) expectUsageError(result, /standard input/);
      expect(readFileSync(draft, 'utf8')).toBe(cleanDraft);
      expect(lstatSync(join(here, 'sub', 'link.txt')).isSymbolicLink()).toBe(true);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('a file argument named through a `..` path or a link in a linked folder', async () => {
      const { here, draft } = folder('file-other-names');
      mkdirSync(join(here, 'real'));
      symlinkSync(join(here, 'real'), join(here, 'linked-folder'));
      symlinkSync(draft, join(here, 'real', 'draft-link.txt'));
      const runs = await Promise.all([
        run(['real/../draft.txt', '-o', 'draft.txt'], { cwd: here }),
        run(['draft.txt', '-o', 'linked-folder/draft-link.txt'], { cwd: here }),
        run(['check', 'linked-folder/../draft.txt', '-o', draft], { cwd: here }),
      ]);
      for (const result of runs) expectUsageError(result, /input/);
      expect(readFileSync(draft, 'utf8')).toBe(cleanDraft);
    });

    it('--aliases, --vocabulary, --config, --notation FILE, the configuration found upward and a file it names are inputs too', async () => {
      const { here, draft } = folder('config-inputs');
      const aliases = join(here, 'aliases.json');
      const vocabulary = join(here, 'vocabulary.json');
      const named = join(here, 'named-aliases.json');
      writeFileSync(aliases, JSON.stringify({ mode: 'extend', aliases: { GRB: 'GBR' } }));
      writeFileSync(vocabulary, JSON.stringify({ mode: 'extend', rows: [{ stance: 'delete', any: ['sup'] }] }));
      writeFileSync(named, JSON.stringify({ mode: 'extend', aliases: { FRN: 'FRA' } }));
      const config = join(here, '.kyoto-parse.json');
      writeFileSync(config, JSON.stringify({ aliases: 'named-aliases.json' }));
      const other = join(here, 'other-config.json');
      writeFileSync(other, JSON.stringify({}));
      mkdirSync(join(here, 'below'));
      const profile = join(here, 'profile.json');
      writeFileSync(profile, readFileSync(join(import.meta.dirname, '..', 'data', 'profiles', 'tpp.json')));
      const inputs = [aliases, vocabulary, named, config, other, profile];
      const runs = await Promise.all([
        run([draft, '--notation', profile, '-o', profile], { inputs }),
        run([draft, '--aliases', aliases, '-o', aliases], { inputs }),
        run(['check', draft, '--vocabulary', vocabulary, '-o', vocabulary], { inputs }),
        run([draft, '--config', other, '-o', other], { inputs }),
        // Found upward from the working directory, and the aliases file it names.
        run([draft, '-o', '../.kyoto-parse.json'], { cwd: join(here, 'below'), inputs }),
        run(['matrix', draft, '-o', named], { cwd: here, inputs }),
        run(['trace', draft, draft, '--base', aliases, '-o', aliases], { inputs }),
      ]);
      for (const result of runs) expectUsageError(result, /input/);
    });

    it('not refused: standard input that is a pipe, or a file that is not the -o file', async () => {
      const { here, draft } = folder('not-an-input');
      const other = join(here, 'other.txt');
      writeFileSync(other, cleanDraft);
      const out = join(here, 'out.csv');
      const result = await run(['-', '-o', out], { stdinFrom: other });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expectCleanRecords(readFileSync(out, 'utf8'));
      // Standard input is not read here: that it comes from the -o file does not matter.
      const unread = await run([draft, '-o', other], { stdinFrom: other, stdinUnread: true });
      expect(unread.status).toBe(0);
      expectCleanRecords(readFileSync(other, 'utf8'));
    });
  });

  describe('-o targets', () => {
    it('a symbolic link is written through: the link stays, its target holds the output', async () => {
      const { here, draft } = folder('symlink-target');
      const target = join(here, 'records.csv');
      writeFileSync(target, 'old\n');
      const link = join(here, 'link.csv');
      symlinkSync('records.csv', link);
      const dangling = join(here, 'dangling.csv');
      symlinkSync('new-records.csv', dangling);
      const [viaLink, viaDangling, stdout] = await Promise.all([run([draft, '-o', link]), run([draft, '-o', dangling]), run([draft])]);
      expect(viaLink.status).toBe(0);
      expect(viaDangling.status).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe(stdout.stdout);
      expect(readFileSync(join(here, 'new-records.csv'), 'utf8')).toBe(stdout.stdout);
      expectCleanRecords(stdout.stdout);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('/proc/self/fd/1 and a link to it (what /dev/stdout is), on a socket, a pipe and a file: written there, the link left a link, no file made', async () => {
      const { here, draft } = folder('descriptor-target');
      // What /dev/stdout is on Linux, in a folder of the test's own.
      const stdoutLink = join(here, 'stdout');
      symlinkSync('/proc/self/fd/1', stdoutLink);
      const redirected = join(here, 'redirected.csv');
      // Node's own pipes are sockets; the shell's `|` a pipe; `>` a regular file, which stays the shell's (not renamed over).
      const [direct, viaLink, piped, toFile] = await Promise.all([
        run([draft, '-o', '/proc/self/fd/1']), run([draft, '-o', stdoutLink]),
        bash(`"$NODE" "$BIN" "${draft}" -o /proc/self/fd/1 | cat; echo "status \${PIPESTATUS[0]}"`, here),
        bash(`exec 3>"${redirected}"; ls -i "${redirected}"; "$NODE" "$BIN" "${draft}" -o "${stdoutLink}" >&3; echo "status $?"`, here),
      ]);
      for (const result of [direct, viaLink]) {
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expectCleanRecords(result.stdout);
      }
      expect(piped.endsWith('status 0\n')).toBe(true);
      expectCleanRecords(piped.replace(/status 0\n$/, ''));
      const [inodeBefore, status] = toFile.trimEnd().split('\n');
      expect(status).toBe('status 0');
      expectCleanRecords(readFileSync(redirected, 'utf8'));
      expect(inodeBefore.split(' ')[0], 'the file the shell opened, not a new one').toBe(String(statSync(redirected).ino));
      expect(lstatSync(stdoutLink).isSymbolicLink()).toBe(true);
      expect(readdirSync(here).sort()).toEqual(['draft.txt', 'redirected.csv', 'stdout']);
    });

    it('a FIFO, and a link to a FIFO: written into (the reader gets every byte), never renamed over', async () => {
      const { here, draft } = folder('fifo-target');
      const fifo = join(here, 'fifo');
      await bash(`mkfifo "${fifo}"`, here);
      const link = join(here, 'fifo-link');
      symlinkSync('fifo', link);
      for (const target of [fifo, link]) {
        const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
        const [result, read] = await Promise.all([run([draft, '-o', target]), collect(reader)]);
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expectCleanRecords(read.stdout);
        expect(statSync(fifo).isFIFO()).toBe(true);
      }
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('a device through a link (/dev/null): written into, the device and the link stay', async () => {
      const { here, draft } = folder('device-target');
      const link = join(here, 'null-link');
      symlinkSync('/dev/null', link);
      const result = await run([draft, '-o', link]);
      expect(result.status).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('a trailing `/` is a usage error: an existing file is not overwritten, no file or folder is made', async () => {
      const { here, draft } = folder('trailing-slash');
      const existing = join(here, 'existing.csv');
      writeFileSync(existing, 'old\n');
      const runs = await Promise.all([
        run([draft, '-o', `${existing}/`]), run([draft, '-o', 'newdir/'], { cwd: here }), run(['check', draft, '-o', `${here}/`]),
      ]);
      for (const result of runs) expectUsageError(result, /cannot end with '\/'/);
      expect(readFileSync(existing, 'utf8')).toBe('old\n');
      expect(readdirSync(here).sort()).toEqual(['draft.txt', 'existing.csv']);
    });

    it('an existing file keeps its mode (600) and owner', async () => {
      const { here, draft } = folder('mode-owner');
      const target = join(here, 'private.csv');
      writeFileSync(target, 'old\n');
      chmodSync(target, 0o600);
      // As root (the usual test machine), another owner than the one writing; otherwise one's own.
      const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4322 } : { uid: statSync(target).uid, gid: statSync(target).gid };
      chownSync(target, owner.uid, owner.gid);
      const result = await run([draft, '-o', target]);
      expect(result.status).toBe(0);
      const after = statSync(target);
      expect(after.mode & 0o777).toBe(0o600);
      expect({ uid: after.uid, gid: after.gid }).toEqual(owner);
      expectCleanRecords(readFileSync(target, 'utf8'));
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('a name of 255 bytes (the file system\'s limit) is written, no temporary file left', async () => {
      const { here, draft } = folder('long-name');
      const name = `${'n'.repeat(251)}.csv`;
      const result = await run([draft, '-o', name], { cwd: here });
      expect(result.status).toBe(0);
      expectCleanRecords(readFileSync(join(here, name), 'utf8'));
      expect(readdirSync(here).sort()).toEqual(['draft.txt', name]);
    });

    it('-o - is standard output: no file named -', async () => {
      const { here } = folder('dash');
      const [records, check] = await Promise.all([run(['draft.txt', '-o', '-'], { cwd: here }), run(['check', 'draft.txt', '-o', '-'], { cwd: here })]);
      expect(records.status).toBe(0);
      expectCleanRecords(records.stdout);
      expect(check.status).toBe(0);
      expect(check.stdout).toBe('No findings.\n');
      expect(readdirSync(here)).toEqual(['draft.txt']);
    });

    it('a relative -o in a deleted working directory: one line, exit 2; an absolute -o still works', async () => {
      const { here, draft } = folder('deleted-cwd');
      const gone = join(here, 'gone');
      mkdirSync(gone);
      const absolute = join(here, 'absolute.csv');
      const script = (out: string) => `cd "${gone}" && rmdir "${gone}" && "$NODE" "$BIN" "${draft}" -o "${out}" 2>"${here}/err-${out.length}"; echo $?`;
      const relativeStatus = (await bash(script('out.csv'), here)).trim();
      mkdirSync(gone);
      const absoluteStatus = (await bash(script(absolute), here)).trim();
      const stderr = readFileSync(join(here, `err-${'out.csv'.length}`), 'utf8');
      expectUsageError({ status: Number(relativeStatus), signal: null, stdout: '', stderr }, /working directory no longer exists/);
      expect(absoluteStatus).toBe('0');
      expectCleanRecords(readFileSync(absolute, 'utf8'));
      expect(sha256(draft)).toBe(createHash('sha256').update(cleanDraft).digest('hex'));
    });
  });

  describe('streams and signals', () => {
    it('a closed standard-error pipe leaves the CSV on stdout whole, with status 0 (`--diagnostics 2>&1 >out.csv | true`)', async () => {
      const { here } = folder('closed-stderr');
      const out = join(here, 'out.csv');
      // Three copies: diagnostics go out after each file, so the closed pipe is met while CSV is still to come.
      const [status, whole] = await Promise.all([
        bash(`"$NODE" "$BIN" "${draftPath}" "${draftPath}" "${draftPath}" --diagnostics 2>&1 >"${out}" | true; echo "\${PIPESTATUS[0]}"`, here),
        run([draftPath, draftPath, draftPath]),
      ]);
      expect(status.trim()).toBe('0');
      expect(whole.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
    });

    /** Runs ARGS with a standard input that never ends; once `ready` says it waits there, sends `signal`. */
    async function signalledWhileReading(args: string[], cwd: string, ready: (stdout: string) => boolean, signal: NodeJS.Signals): Promise<Run> {
      const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let seen = '';
      let sent = false;
      const send = () => {
        if (sent || !ready(seen)) return;
        sent = true;
        child.kill(signal);
      };
      child.stdout.on('data', (chunk: Buffer) => { seen += chunk.toString(); send(); });
      // Polled until ready: the input stays open, so only the signal can end the run.
      const poll = setInterval(send, 20);
      try {
        return await collect(child);
      } finally {
        clearInterval(poll);
        child.stdin.destroy();
      }
    }

    it('SIGTERM and SIGINT while waiting on stdin with -o: the run ends at once by the signal, no temporary file, the old file kept', async () => {
      const cases: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
      await Promise.all(cases.map(async (signal) => {
        const { here, draft } = folder(`signal-output-${signal}`);
        const out = join(here, 'out.csv');
        writeFileSync(out, 'old\n');
        // The temporary file exists from the start of the writing: the draft is done, stdin is being read.
        const result = await signalledWhileReading([draft, '-', '-o', out], here, () => temporaryFiles(here).length > 0, signal);
        expect(result.signal).toBe(signal);
        expect(readFileSync(out, 'utf8')).toBe('old\n');
        expect(temporaryFiles(here)).toEqual([]);
        expect(sha256(draft)).toBe(createHash('sha256').update(cleanDraft).digest('hex'));
      }));
    });

    it('SIGINT while waiting on stdin, writing to stdout: ends at once by the signal, after the first file\'s records', async () => {
      const { here, draft } = folder('signal-stdout');
      const result = await signalledWhileReading([draft, '-'], here, (stdout) => stdout.includes('OP2,IRN'), 'SIGINT');
      expect(result.signal).toBe('SIGINT');
      expectCleanRecords(result.stdout);
    });
  });

  describe('messages', () => {
    it('a FIFO whose reader leaves is met as `| head`: records end quietly with 0, check keeps its status (1)', async () => {
      const { here } = folder('fifo-reader-leaves');
      const fifo = join(here, 'fifo');
      await bash(`mkfifo "${fifo}"`, here);
      // The draft's CSV (280 kB) and check's full listing of two copies are more than a pipe buffer (64 KiB).
      for (const [args, status] of [[[draftPath], 0], [['check', '--max-per-rule', '0', draftPath, draftPath], 1]] as const) {
        const reader = spawn('head', ['-c', '100', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
        const [result, read] = await Promise.all([run([...args, '-o', fifo]), collect(reader)]);
        expect(read.stdout).toHaveLength(100);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(status);
      }
    });

    it('system errors in words: a loop of links, a name too long, a file size limit, a folder, a full device, a file over 2 GiB', async () => {
      const { here, draft } = folder('error-words');
      symlinkSync('loop', join(here, 'loop'));
      const tooLong = 'n'.repeat(300);
      const huge = join(here, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk space used
      const limited = join(here, 'limited.csv');
      const efbig = join(here, 'efbig-err');
      const [loopOut, loopIn, longOut, longIn, folderOut, full, large, sizeStatus] = await Promise.all([
        run([draft, '-o', 'loop'], { cwd: here }), run(['loop'], { cwd: here }),
        run([draft, '-o', tooLong], { cwd: here }), run([tooLong], { cwd: here }),
        run([draft, '-o', here]), run([draftPath, '-o', '/dev/full']), run([huge]),
        // A 10-block file size limit (`ulimit -f`), which the draft's CSV exceeds.
        bash(`ulimit -f 10; "$NODE" "$BIN" "${draftPath}" -o "${limited}" 2>"${efbig}"; echo $?`, here),
      ]);
      expectUsageError(loopOut, /too many symbolic links/);
      expectUsageError(loopIn, /too many symbolic links/);
      expectUsageError(longOut, /name is too long/);
      expectUsageError(longIn, /name is too long/);
      expectUsageError(folderOut, /is a directory/);
      expectUsageError(full, /no space left/);
      expectUsageError(large, /huge\.txt/);
      expectUsageError({ status: Number(sizeStatus.trim()), signal: null, stdout: '', stderr: readFileSync(efbig, 'utf8') }, /larger than the system allows/);
      expect(existsSync(limited)).toBe(false);
      expect(temporaryFiles(here)).toEqual([]);
    });

    it('the table says every code in words; a code not in it is described by the system\'s own text, never by the code', () => {
      for (const [code, words] of Object.entries(SYSTEM_ERROR_WORDS)) {
        expect(words, code).not.toMatch(RAW_CODE);
        expect(reason(Object.assign(new Error(`${code}: x`), { code }))).toBe(words);
      }
      const odd = Object.assign(new Error("EODDITY: something odd happened, open '/tmp/x'"), { code: 'EODDITY' });
      expect(reason(odd)).toBe('something odd happened');
      expect(reason({ code: 'EODDITY' })).not.toMatch(RAW_CODE);
    });

    it('the option parser\'s errors start with kyoto-parse: too (unknown option, missing argument, bad choice, extra argument)', async () => {
      const { here } = folder('parser-errors');
      const runs = await Promise.all([
        run(['check', 'draft.txt', '--bogus'], { cwd: here }), run(['draft.txt', '-o'], { cwd: here }),
        run(['check'], { cwd: here }), run(['matrix', 'draft.txt', '--format', 'bogus'], { cwd: here }),
        run(['trace', 'draft.txt', 'draft.txt', 'extra'], { cwd: here }), run(['country'], { cwd: here }),
      ]);
      const mentions = [/--bogus/, /-o, --output/, /files/, /bogus/, /too many arguments/, /code/];
      runs.forEach((result, i) => expectUsageError(result, mentions[i]));
    });
  });
});
