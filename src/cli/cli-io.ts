/**
 * What the CLI reads from and writes to outside its arguments, in one object: the process's own
 * streams for the binary, strings for the tests that run the CLI in process.
 */
import { fstatSync } from 'node:fs';
import type { InputLimits } from './input-limits.js';
import { HEAD_BYTES, readBounded, TooLarge, type ReadLimit } from './read-bounded.js';

/** An output stream as the CLI uses it: a write that calls back once done or failed. */
export interface OutputStream {
  write(text: string | Uint8Array, done?: (error?: Error | null) => void): unknown;
  /** Errors of an asynchronous write (EPIPE) also come as events; a listener keeps them from being uncaught. */
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * All of standard input (`-`), read when asked, held to `limit` (read-bounded.ts). The binary
   * reads a pipe or terminal without blocking, so a signal while it waits (Ctrl-C) ends the run at once.
   */
  readStdin(limit: ReadLimit): Buffer | Promise<Buffer>;
  /** `--max-input-size`, set for the run once the options are read; else the defaults. */
  limits?: InputLimits;
  env: NodeJS.ProcessEnv;
  /** Ends the program at once (a reader that went away); never returns. */
  exit(status: number): never;
}

/**
 * Standard input held to `limit`. A regular file is read as any file is (refused from its size);
 * anything else is read as a stream, so the event loop, and with it the signal handlers, keep
 * running, and the first HEAD_BYTES are sniffed before more is held.
 */
function readProcessStdin(limit: ReadLimit): Buffer | Promise<Buffer> {
  if (fstatSync(0).isFile()) return readBounded(0, limit);
  return readStdinStream(limit);
}

async function readStdinStream(limit: ReadLimit): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let held = 0;
  let sniffed = limit.sniff === undefined;
  try {
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      held += (chunk as Buffer).length;
      if (!sniffed && held >= HEAD_BYTES) {
        sniffed = true;
        limit.sniff!(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
      }
      if (held > limit.maxBytes) throw new TooLarge(limit.maxBytes);
    }
  } finally {
    process.stdin.destroy();
  }
  const bytes = Buffer.concat(chunks);
  if (!sniffed) limit.sniff!(bytes);
  return bytes;
}

/** Nothing to do when standard error cannot be written (its reader has gone): the data on stdout still goes out whole. */
const ignoreStderrFailure = (): void => {};

export function processIo(): CliIo {
  if (!process.stderr.listeners('error').includes(ignoreStderrFailure)) process.stderr.on('error', ignoreStderrFailure);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readProcessStdin,
    env: process.env,
    exit: (status) => process.exit(status),
  };
}

/** Whether output goes to a terminal: only stdout can be one (`-o FILE` never is). */
export const toTerminal = (io: CliIo, output: string | undefined): boolean => !output && io.stdout.isTTY === true;
