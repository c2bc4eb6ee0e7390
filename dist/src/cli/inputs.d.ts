import { type DecodedDraft } from '../decode/decode-draft.js';
import type { CliIo } from './cli-io.js';
/**
 * The file's bytes decoded to text with `\n` line ends; `-` is standard input. Without `encoding`
 * (`--encoding`), UTF-8 or UTF-16 with a byte order mark; of a file with bytes invalid there, the
 * encoding it most likely is, which the invalid-encoding warnings name.
 */
export declare function readInput(path: string, io: CliIo, encoding?: string): DecodedDraft;
/**
 * Checks every input before any output, with readInput's messages: each must exist, not be a
 * directory, and (a regular file) open for reading. Pipes and devices (`<(…)`, `/dev/stdin`) are
 * not opened here, as that could take their data; `-` is standard input. What only reading shows
 * (a binary file, a read error) is still found by readInput.
 */
export declare function checkInputs(paths: readonly string[]): void;
