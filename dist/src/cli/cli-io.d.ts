import type { InputLimits } from './input-limits.js';
import { type ReadLimit } from './read-bounded.js';
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
export declare function processIo(): CliIo;
/** Whether output goes to a terminal: only stdout can be one (`-o FILE` never is). */
export declare const toTerminal: (io: CliIo, output: string | undefined) => boolean;
