/**
 * Delivering a command's output: to stdout, or to `-o FILE` atomically, piece by piece as the
 * command writes it; a closed pipe on stdout ends the writing quietly.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fchmodSync, fchownSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliIo } from './cli-io.js';
import { cannotWrite, checkOutputTarget, outputPlan } from './output-target.js';
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
  return to.output ? streamOutputFile({ ...to, output: to.output }, produce, onClosedPipe) : streamStdout(to.io, produce, onClosedPipe);
}

/** The whole text (or the bytes of a workbook) at once, as deliverStream does with one piece. */
export function deliver(text: string | Uint8Array, to: Destination): Promise<void> {
  return deliverStream(to, (write) => write(text));
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

/**
 * A temporary name beside the target, short whatever the target's length (a name near the file
 * system's 255-byte limit still has room), unique to this run.
 */
function temporaryIn(folder: string): string {
  return join(folder, `.kyoto-parse-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Streamed output to FILE. A regular file (or a new one) is written into a temporary file beside
 * it (beside the target of its symbolic links, which stay), given the old file's mode and owner,
 * and renamed over it once `produce` is done. If anything fails (a write, an input read half-way,
 * a bug) or a signal ends the program, the temporary file is removed and FILE is left as it was.
 * A device, FIFO or open descriptor is written into; standard output under another name
 * (`/dev/stdout`) is written as standard output. Never one of the inputs.
 */
async function streamOutputFile(to: Destination & { output: string }, produce: (write: Write) => Promise<void>, onClosedPipe: ClosedPipe): Promise<void> {
  const file = to.output;
  checkOutputTarget(file, to.inputs);
  const plan = outputPlan(file);
  if (plan.kind === 'stdout') return streamStdout(to.io, produce, onClosedPipe);
  if (plan.kind === 'into') return streamInto(plan.path, to.io, produce, onClosedPipe);
  const folder = dirname(plan.path);
  const temporary = temporaryIn(folder);
  const removeTemporary = () => {
    try { unlinkSync(temporary); } catch { /* nothing to clean */ }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporary();
    stopListening();
    process.kill(process.pid, signal); // the signal's own ending and exit status
  };
  const stopListening = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  // Listening before the temporary file exists: a signal in between would otherwise leave it behind.
  for (const signal of SIGNALS) process.on(signal, onSignal);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', plan.existing ? plan.existing.mode & 0o7777 : 0o666);
  } catch (error) {
    stopListening();
    throw cannotWrite(file, existsSync(folder) ? `cannot create a file in '${folder}' (${reason(error)})` : `the folder '${folder}' does not exist`);
  }
  let open = true;
  try {
    if (plan.existing) keepModeAndOwner(fd, plan.existing);
    await produce(writerTo(fd, file, to.io, onClosedPipe));
    // A signal that came during synchronous work reaches its handler only on a polling turn of
    // the event loop (an immediate is not always one): give it that turn before FILE is replaced.
    await new Promise<void>((turn) => setTimeout(turn, 10));
    try {
      open = false;
      closeSync(fd);
      renameSync(temporary, plan.path);
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

/**
 * The replaced file's mode and owner, on the file that replaces it. The owner only where the
 * system allows (root, or a group of one's own): otherwise the new file is the writer's.
 */
function keepModeAndOwner(fd: number, existing: Stats): void {
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch { /* not allowed: the mode is still kept */ }
  // After chown, which clears the set-user-ID and set-group-ID bits.
  fchmodSync(fd, existing.mode & 0o7777);
}

/** A device, FIFO or descriptor: opened (after anything already there, as `>>`) and written into. */
async function streamInto(path: string, io: CliIo, produce: (write: Write) => Promise<void>, onClosedPipe: ClosedPipe): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (error) {
    throw cannotWrite(path, error);
  }
  try {
    await produce(writerTo(fd, path, io, onClosedPipe));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes each piece whole into `fd`, then lets pending events (a signal) run before the next. A
 * reader that goes away (a FIFO's) is met as on standard output: `onClosedPipe` says what follows.
 */
function writerTo(fd: number, file: string, io: CliIo, onClosedPipe: ClosedPipe): Write {
  let readerGone = false;
  return async (text) => {
    if (readerGone) return;
    const bytes = Buffer.from(text);
    try {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw cannotWrite(file, error);
      if (onClosedPipe === 'exit') io.exit(0);
      readerGone = true;
    }
    await new Promise<void>((next) => setImmediate(next));
  };
}
