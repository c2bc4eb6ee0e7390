/**
 * Delivering a command's output: to stdout, or to `-o FILE` atomically, piece by piece as the
 * command writes it; a closed pipe on stdout ends the writing quietly.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './cli-io.js';
import { reason, UsageError } from './usage-error.js';

/** Writes one piece of streamed output (text, or bytes: a workbook); resolves once it is written. */
export type Write = (text: string | Uint8Array) => Promise<void>;

/** What streamed output does when its reader goes away (`| head -1`). */
export type ClosedPipe =
  /** End the program quietly with status 0: nothing more is worth doing. */
  | 'exit'
  /** Write nothing more but let the command run to its end, so its exit status still counts every input (`check`). */
  | 'finish';

/** Where the output goes: `-o FILE`, else stdout. */
export interface Destination {
  output?: string;
  /** The inputs, which `-o` may never overwrite. */
  inputs: readonly string[];
  io: CliIo;
}

/**
 * Output written piece by piece: `produce` calls `write` for each piece, each write awaited, so no
 * more than one piece waits in memory. `-o FILE` appears whole or not at all.
 */
export function deliverStream(to: Destination, produce: (write: Write) => Promise<void>, onClosedPipe: ClosedPipe = 'exit'): Promise<void> {
  return to.output ? streamOutputFile(to.output, to.inputs, produce) : streamStdout(to.io, produce, onClosedPipe);
}

/** The whole text (or the bytes of a workbook) at once, as deliverStream does with one piece. */
export function deliver(text: string | Uint8Array, to: Destination): Promise<void> {
  return deliverStream(to, (write) => write(text));
}

/** Refuses an output file that is one of the inputs: checked before any work, and again on writing. */
export function assertNotAnInput(file: string, inputs: readonly string[]): void {
  const target = resolve(file);
  const isInput = inputs.some((input) => input !== '-' && sameFile(resolve(input), target));
  if (isInput) throw new UsageError(`refusing to write '${file}': it is one of the input files`);
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

/**
 * Pieces are gathered until they reach this many characters (UTF-16 units), then written: one
 * write per paragraph would cost more than it carries. A minimum, not a maximum: the piece that
 * reaches it goes out in the same write.
 */
const BATCH_SIZE = 1 << 14;

/** `write` in batches: `add` sends the gathered text once it is BATCH_SIZE long, `flush` sends the rest. */
export function batchedWrite(write: (text: string) => Promise<void>): { add: (text: string) => Promise<void>; flush: () => Promise<void> } {
  let pending: string[] = [];
  let length = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    length = 0;
    await write(text);
  };
  return {
    add: async (text) => {
      pending.push(text);
      length += text.length;
      if (length >= BATCH_SIZE) await flush();
    },
    flush,
  };
}

const stdoutFailure = (error: unknown) => new UsageError(`cannot write to standard output: ${reason(error)}`);

async function streamStdout(io: CliIo, produce: (write: Write) => Promise<void>, onClosedPipe: ClosedPipe): Promise<void> {
  const { stdout } = io;
  let readerGone = false;
  const closed = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') return;
    if (onClosedPipe === 'exit') io.exit(0);
    readerGone = true;
  };
  // The failed write's callback handles the error; this listener keeps the stream's own
  // 'error' event from becoming an uncaught exception.
  stdout.on?.('error', closed);
  await produce((text) => new Promise<void>((done, fail) => {
    if (readerGone) return done();
    stdout.write(text, (error) => {
      if (!error) return done();
      closed(error);
      if (readerGone) return done();
      fail(stdoutFailure(error));
    });
  }));
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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

/**
 * Streamed output to FILE: into a temporary file beside it, renamed over FILE once `produce` is
 * done. If anything fails (a write, an input read half-way, a bug) or a signal ends the program,
 * the temporary file is removed and FILE is left as it was. A device or FIFO is written into
 * directly. Never one of the inputs.
 */
async function streamOutputFile(file: string, inputs: readonly string[], produce: (write: Write) => Promise<void>): Promise<void> {
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
