// Runs the CLI in this process through the entry the binary uses (main), with standard input,
// environment and terminal given as strings and flags, and its output caught as strings.
import { main } from '../src/cli/main.js';
import type { CliIo, OutputStream } from '../src/cli/cli-io.js';
import { checkBounded } from '../src/cli/read-bounded.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Stdout's bytes (a workbook is written as bytes). */
  stdoutBytes: Buffer;
}

export interface CliRunOptions {
  /** Standard input's bytes (`-`); none by default. */
  input?: string | Buffer;
  /** Added to this process's environment, whose NO_COLOR and FORCE_COLOR are left out. */
  env?: Record<string, string | undefined>;
  /** Stdout is a terminal of this many columns. */
  terminal?: { columns: number };
  /** Stderr is a terminal of this many columns (the progress line's). */
  stderrTerminal?: { columns: number };
}

function collector(terminal?: { columns: number }): OutputStream & { text: string; bytes: Buffer[] } {
  const stream = {
    text: '',
    bytes: [] as Buffer[],
    isTTY: terminal !== undefined,
    columns: terminal?.columns,
    write(text: string | Uint8Array, done?: (error?: Error | null) => void) {
      stream.bytes.push(Buffer.from(text));
      stream.text += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
      if (done) queueMicrotask(() => done(null));
      return true;
    },
  };
  return stream;
}

/** As `kyoto-parse ARGS`: a bug gives status 3 and one line, as the binary reports it. */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout = collector(options.terminal);
  // Standard input, as a pipe: what a second reader finds is empty.
  let stdin = Buffer.from(options.input ?? '');
  const stderr = collector(options.stderrTerminal);
  const io: CliIo = {
    stdout,
    stderr,
    readStdin: (limit) => {
      const bytes = stdin;
      stdin = Buffer.alloc(0);
      return checkBounded(bytes, limit);
    },
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    exit: (status) => {
      throw new Error(`exit(${status}) is for a closed pipe, which has no place in process`);
    },
  };
  let status: number;
  try {
    status = await main(['node', 'kyoto-parse', ...args], io);
  } catch (error) {
    stderr.text += `kyoto-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`;
    status = 3;
  }
  // Not enumerable: runs compared whole (toEqual) compare status and texts, as before.
  return Object.defineProperty({ status, stdout: stdout.text, stderr: stderr.text }, 'stdoutBytes', { value: Buffer.concat(stdout.bytes), enumerable: false }) as CliRun;
}
