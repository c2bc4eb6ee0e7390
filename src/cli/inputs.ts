/** Reading the input files: each checked, read and decoded with one-line errors. */
import { closeSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { decodeDraft, type DecodedDraft } from '../decode/decode-draft.js';
import type { CliIo } from './cli-io.js';
import { decodeAs, likelyEncoding } from './encoding.js';
import { reason, UsageError } from './usage-error.js';

function cannotRead(path: string, why: string): UsageError {
  return new UsageError(`cannot read ${path === '-' ? 'standard input' : `'${path}'`}: ${why}`);
}

/**
 * The file's bytes decoded to text with `\n` line ends; `-` is standard input. Without `encoding`
 * (`--encoding`), UTF-8 or UTF-16 with a byte order mark; of a file with bytes invalid there, the
 * encoding it most likely is, which the invalid-encoding warnings name.
 */
export async function readInput(path: string, io: CliIo, encoding?: string): Promise<DecodedDraft> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await io.readStdin() : readFileSync(path);
  } catch (error) {
    throw cannotRead(path, reason(error));
  }
  // UTF-16 with a BOM holds NUL bytes by nature; anything else with NULs is not a draft.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw new UsageError(`'${path}' looks like a binary file, not a text draft`);
  if (encoding !== undefined) return decodeAs(bytes, encoding);
  const draft = decodeDraft(bytes);
  if (draft.invalidLines.length === 0 || utf16) return draft;
  const likely = likelyEncoding(bytes);
  return likely ? { ...draft, likelyEncoding: likely } : draft;
}

/**
 * Checks every input before any output, with readInput's messages: each must exist, not be a
 * directory, and (a regular file) open for reading. Pipes and devices (`<(…)`, `/dev/stdin`) are
 * not opened here, as that could take their data; `-` is standard input. What only reading shows
 * (a binary file, a read error) is still found by readInput.
 */
export function checkInputs(paths: readonly string[]): void {
  for (const path of paths) {
    if (path === '-') continue;
    let stats: Stats;
    try {
      stats = statSync(path);
      if (stats.isFile()) closeSync(openSync(path, 'r'));
    } catch (error) {
      throw cannotRead(path, reason(error));
    }
    if (stats.isDirectory()) throw cannotRead(path, 'is a directory');
  }
}
