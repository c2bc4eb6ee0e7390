/**
 * The width a terminal is laid out to. A terminal may report no usable size (0 or fewer columns
 * under some pseudo-terminals and CI runners); COLUMNS, when it is a positive whole number, stands
 * in, else 80. Output that is no terminal is laid out to 80 whatever COLUMNS says, so that a file
 * or a pipe gets the same bytes everywhere.
 */
import type { OutputStream } from './cli-io.js';

export const DEFAULT_WIDTH = 80;

const positiveWhole = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

/** `stream`'s width: its columns when it is a terminal that reports them, else COLUMNS, else 80; 80 when it is no terminal. */
export function streamWidth(stream: OutputStream, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY !== true) return DEFAULT_WIDTH;
  return positiveWhole(stream.columns) ?? positiveWhole(env.COLUMNS) ?? DEFAULT_WIDTH;
}
