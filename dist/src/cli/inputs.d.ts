import { type DecodedDraft } from '../decode/decode-draft.js';
import type { CliIo } from './cli-io.js';
/**
 * The file's bytes decoded to text with `\n` line ends; `-` is standard input. Without `encoding`
 * (`--encoding`), UTF-8, or UTF-16 or UTF-32 with a byte order mark; of a file with bytes invalid
 * there, the encoding it most likely is, which the invalid-encoding warnings name. At most
 * `--max-input-size` bytes are read, and a file whose first bytes are not text is refused at once.
 */
export declare function readInput(path: string, io: CliIo, encoding?: string): Promise<DecodedDraft>;
/**
 * Checks every input before any output, with readInput's messages: each must exist, not be a
 * directory, and (a regular file) open for reading. Pipes and devices (`<(…)`, `/dev/stdin`) are
 * not opened here, as that could take their data; `-` is standard input. What only reading shows
 * (a binary file, a stream too long, a read error) is still found by readInput; a regular file
 * larger than `--max-input-size` is refused here, from its size.
 */
export declare function checkInputs(paths: readonly string[], io: CliIo): void;
