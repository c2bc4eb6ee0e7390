/** How a command's text looks and where it goes: shared by every command. */
import type { ChalkInstance } from 'chalk';
import { chalkFor } from '../formatters/terminal/colour.js';
import { streamOutputFile, streamStdout, type ClosedPipe, type Write } from './io.js';

export interface Presentation {
  chalk: ChalkInstance;
  width: number;
}

interface OutputOptions {
  output?: string;
  width?: number;
}

/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export function presentation(options: OutputOptions, terminalFormat: boolean): Presentation {
  const toTerminal = !options.output && process.stdout.isTTY === true;
  return {
    chalk: chalkFor(process.env, toTerminal && terminalFormat),
    width: options.width ?? (toTerminal ? process.stdout.columns : undefined) ?? 80,
  };
}

/**
 * Output written piece by piece to `-o FILE` or stdout: `produce` calls `write` for each piece.
 * `-o FILE` appears whole or not at all. A closed pipe on stdout ends the program (status 0)
 * unless `onClosedPipe` is `finish`.
 */
export function deliverStream(options: OutputOptions, inputs: string[], produce: (write: Write) => Promise<void>, onClosedPipe?: ClosedPipe): Promise<void> {
  return options.output ? streamOutputFile(options.output, inputs, produce) : streamStdout(produce, onClosedPipe);
}

/** Writes the whole text to `-o FILE`, or to stdout, as deliverStream does with one piece. */
export function deliver(text: string, options: OutputOptions, inputs: string[]): Promise<void> {
  return deliverStream(options, inputs, (write) => write(text));
}

/**
 * Pieces are gathered until they reach this many characters (UTF-16 units), then written: one
 * write per paragraph would cost more than it carries. A minimum, not a maximum: the piece that
 * reaches it goes out in the same write, so one paragraph with many records makes a write as large.
 */
const BATCH_SIZE = 1 << 14;

/** `write` in batches: `add` sends the gathered text once it is BATCH_SIZE long, `flush` sends the rest. */
export function batchedWrite(write: Write): { add: (text: string) => Promise<void>; flush: () => Promise<void> } {
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
