/** Reading inputs and writing output for the CLI: one-line errors, atomic `-o`, quiet closed pipes. */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeDraft, type DecodedDraft } from '../io/decode.js';

/** A problem with the command line or the files: exit status 2, one line on stderr. */
export class UsageError extends Error {}

/** The exit status of a UsageError, and of any input/output problem (the README's table). */
export const EXIT_USAGE = 2;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on the device',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? code;
}

function cannotRead(path: string, why: string): UsageError {
  return new UsageError(`cannot read ${path === '-' ? 'standard input' : `'${path}'`}: ${why}`);
}

export function readInput(path: string): DecodedDraft {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    throw cannotRead(path, reason(error));
  }
  // UTF-16 with a BOM holds NUL bytes by nature; anything else with NULs is not a draft.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw new UsageError(`'${path}' looks like a binary file, not a text draft`);
  return decodeDraft(bytes);
}

/**
 * Checks every input before any output, with readInput's messages: each must exist, not be a
 * directory, and (a regular file) open for reading. Pipes and devices (`<(…)`, `/dev/stdin`) are
 * not opened here, as that could take their data; `-` is standard input. What only reading shows
 * (a binary file, a read error) is still found by readInput. Returns, input by input, whether it
 * is a regular file.
 */
export function checkInputs(paths: readonly string[]): boolean[] {
  return paths.map((path) => {
    if (path === '-') return false;
    let stats: Stats;
    try {
      stats = statSync(path);
      if (stats.isFile()) closeSync(openSync(path, 'r'));
    } catch (error) {
      throw cannotRead(path, reason(error));
    }
    if (stats.isDirectory()) throw cannotRead(path, REASONS.EISDIR);
    return stats.isFile();
  });
}

/** Refuses an output file that is one of the inputs: checked before any work, and again on writing. */
export function assertNotAnInput(file: string, inputs: string[]): void {
  const target = resolve(file);
  const isInput = inputs.some((input) => input !== '-' && sameFile(resolve(input), target));
  if (isInput) throw new UsageError(`refusing to write '${file}': it is one of the input files`);
}

function cannotWrite(file: string, error: unknown): UsageError {
  return new UsageError(`cannot write '${file}': ${reason(error)}`);
}

function temporaryFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // does not exist yet: a regular file will be created
  }
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

const stdoutFailure = (error: unknown) => new UsageError(`cannot write to standard output: ${reason(error)}`);

/** Writes one piece of streamed output; resolves once it is written. */
export type Write = (text: string) => Promise<void>;

/** What streamed output does when its reader goes away (`| head -1`). */
export type ClosedPipe =
  /** End the program quietly with status 0: nothing more is worth doing. */
  | 'exit'
  /** Write nothing more but let the command run to its end, so its exit status still counts every input (`check`). */
  | 'finish';

/**
 * Streamed output to stdout: `produce` writes piece by piece, each write awaited, so no more than
 * one piece waits in memory. A reader that went away is met as `onClosedPipe` says.
 */
export async function streamStdout(produce: (write: Write) => Promise<void>, onClosedPipe: ClosedPipe = 'exit'): Promise<void> {
  let readerGone = false;
  const closed = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') return;
    if (onClosedPipe === 'exit') process.exit(0);
    readerGone = true;
  };
  // The failed write's callback handles the error; this listener keeps the stream's own
  // 'error' event from becoming an uncaught exception.
  process.stdout.on('error', closed);
  await produce((text) => new Promise<void>((done, fail) => {
    if (readerGone) return done();
    process.stdout.write(text, (error) => {
      if (!error) return done();
      closed(error);
      if (readerGone) return done();
      fail(stdoutFailure(error));
    });
  }));
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Streamed output to FILE: into a temporary file beside it, renamed over FILE
 * once `produce` is done. If anything fails (a write, an input read half-way, a bug) or a signal
 * ends the program, the temporary file is removed and FILE is left as it was. A device or FIFO
 * is written into directly. Never one of the inputs.
 */
export async function streamOutputFile(file: string, inputs: string[], produce: (write: Write) => Promise<void>): Promise<void> {
  assertNotAnInput(file, inputs);
  const target = resolve(file);
  if (isSpecialFile(target)) {
    let fd: number;
    try {
      fd = openSync(target, 'w');
    } catch (error) {
      throw cannotWrite(file, error);
    }
    try {
      await produce(writerTo(fd, file));
    } finally {
      closeSync(fd);
    }
    return;
  }
  const temporary = temporaryFor(target);
  const removeTemporary = () => {
    try { unlinkSync(temporary); } catch { /* nothing to clean */ }
  };
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    removeTemporary();
    throw cannotWrite(file, error);
  }
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporary();
    stopListening();
    process.kill(process.pid, signal); // the signal's own ending and exit status
  };
  const stopListening = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  let open = true;
  try {
    await produce(writerTo(fd, file));
    // A signal that came during synchronous work reaches its handler only on a polling turn of
    // the event loop (an immediate is not always one): give it that turn before FILE is replaced.
    await new Promise<void>((turn) => setTimeout(turn, 10));
    try {
      open = false;
      closeSync(fd);
      renameSync(temporary, target);
    } catch (error) {
      throw cannotWrite(file, error);
    }
  } catch (error) {
    if (open) {
      try { closeSync(fd); } catch { /* removed below either way */ }
    }
    removeTemporary();
    throw error;
  } finally {
    stopListening();
  }
}

/** Writes each piece whole into `fd`, then lets pending events (a signal) run before the next. */
function writerTo(fd: number, file: string): Write {
  return async (text) => {
    const bytes = Buffer.from(text);
    try {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      throw cannotWrite(file, error);
    }
    await new Promise<void>((next) => setImmediate(next));
  };
}
