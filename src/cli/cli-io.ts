/**
 * What the CLI reads from and writes to outside its arguments, in one object: the process's own
 * streams for the binary, strings for the tests that run the CLI in process.
 */

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
   * All of standard input (`-`), read when asked. The binary reads it without blocking, so a
   * signal while it waits (Ctrl-C) ends the run at once.
   */
  readStdin(): Buffer | Promise<Buffer>;
  env: NodeJS.ProcessEnv;
  /** Ends the program at once (a reader that went away); never returns. */
  exit(status: number): never;
}

/** Standard input read as a stream: the event loop, and with it the signal handlers, keep running. */
async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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
