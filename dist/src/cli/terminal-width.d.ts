/**
 * The width a terminal is laid out to. A terminal may report no usable size (0 or fewer columns
 * under some pseudo-terminals and CI runners); COLUMNS, when it is a positive whole number, stands
 * in, else 80. Output that is no terminal is laid out to 80 whatever COLUMNS says, so that a file
 * or a pipe gets the same bytes everywhere.
 */
import type { OutputStream } from './cli-io.js';
export declare const DEFAULT_WIDTH = 80;
/** `stream`'s width: its columns when it is a terminal that reports them, else COLUMNS, else 80; 80 when it is no terminal. */
export declare function streamWidth(stream: OutputStream, env: NodeJS.ProcessEnv): number;
