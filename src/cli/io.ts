/** Reading inputs and writing output for the CLI: one-line errors, atomic `-o`, quiet closed pipes. */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeDraft, type DecodedDraft } from '../io/decode.js';

/** A problem with the command line or the files: exit status 2, one line on stderr. */
export class UsageError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

export function readInput(path: string): DecodedDraft {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : `'${path}'`}: ${REASONS[code] ?? code}`);
  }
  // UTF-16 with a BOM holds NUL bytes by nature; anything else with NULs is not a draft.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw new UsageError(`'${path}' looks like a binary file, not a text draft`);
  return decodeDraft(bytes);
}

/** Refuses an output file that is one of the inputs: checked before any work, and again on writing. */
export function assertNotAnInput(file: string, inputs: string[]): void {
  const target = resolve(file);
  const isInput = inputs.some((input) => input !== '-' && sameFile(resolve(input), target));
  if (isInput) throw new UsageError(`refusing to write '${file}': it is one of the input files`);
}

/** Writes `text` to FILE through a temporary file and a rename, never over one of the inputs. */
export function writeOutputFile(file: string, text: string, inputs: string[]): void {
  assertNotAnInput(file, inputs);
  const target = resolve(file);
  if (isSpecialFile(target)) {
    // `/dev/null`, a FIFO, a terminal: write into it; renaming over it would replace the device.
    try {
      writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write '${file}': ${REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as NodeJS.ErrnoException).code}`);
    }
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    try { unlinkSync(temporary); } catch { /* nothing to clean */ }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot write '${file}': ${REASONS[code] ?? code}`);
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // does not exist yet: a regular file will be created
  }
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/**
 * Writes to stdout; a reader that went away (`| head -1`) ends the program quietly, with
 * `status` (0, or the status `check` already decided, so a closed pipe never hides errors).
 */
export function writeStdout(text: string, status = 0): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(status);
    throw error;
  });
  process.stdout.write(text);
}
