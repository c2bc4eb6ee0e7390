/**
 * What the CLI reads from and writes to outside its arguments, in one object: the process's own
 * streams for the binary, strings for the tests that run the CLI in process.
 */
import type { InputLimits } from './input-limits.js';
import { readBounded, type ReadLimit } from './read-bounded.js';

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
  /** All of standard input (`-`), read when asked, held to `limit` (read-bounded.ts). */
  readStdin(limit: ReadLimit): Buffer;
  /** `--max-input-size`, set for the run once the options are read; else the defaults. */
  limits?: InputLimits;
  env: NodeJS.ProcessEnv;
  /** Ends the program at once (a reader that went away); never returns. */
  exit(status: number): never;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: (limit) => readBounded(0, limit),
    env: process.env,
    exit: (status) => process.exit(status),
  };
}

/** Whether output goes to a terminal: only stdout can be one (`-o FILE` never is). */
export const toTerminal = (io: CliIo, output: string | undefined): boolean => !output && io.stdout.isTTY === true;
