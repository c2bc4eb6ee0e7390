/**
 * How much of one file the command line reads (`--max-input-size SIZE`): past it a file is
 * refused, so no input, not even a device that never ends, can exhaust memory. Sizes are written
 * and shown as the bytes package does (`256MB`, `64kb`, a plain number of bytes), where a
 * kilobyte is 1024 bytes.
 */
import bytes from 'bytes';
import { InvalidArgumentError } from 'commander';
const MiB = 1024 * 1024;
/**
 * A draft of 256 MiB is some ten times the largest archive file known and takes about 2.5 GiB to
 * parse, within Node's default heap; the JSON files are hand-written tables of a few kilobytes.
 */
export const DEFAULT_INPUT_LIMITS = { draft: 256 * MiB, json: 4 * MiB };
/** Below Node's longest string (2^29 - 24 characters), which no decoded file may pass. */
const MOST = 500 * MiB;
/** `--max-input-size`'s value in bytes; else a usage error. The bytes package alone reads `256M` as 256: the unit must be whole. */
export function parseSize(value) {
    const size = /^\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?$/i.test(value.trim()) ? bytes.parse(value.trim()) : null;
    if (size === null || !Number.isFinite(size) || size < 1)
        throw new InvalidArgumentError('expected a size such as 64MB, 512kb or 1000000 (bytes).');
    if (size > MOST)
        throw new InvalidArgumentError(`at most ${formatSize(MOST)}.`);
    return Math.floor(size);
}
/** The limits of one run: `--max-input-size` is every file's, else the defaults. */
export function inputLimits(maxInputSize) {
    return maxInputSize === undefined ? { ...DEFAULT_INPUT_LIMITS } : { draft: maxInputSize, json: maxInputSize };
}
/** A size as messages show it (`256MB`, `1GB`). */
export const formatSize = (size) => bytes.format(size) ?? `${size} bytes`;
/** TooLarge in words: the file's size when known, the limit, and the option that raises it. */
export function tooLarge(error) {
    const size = error.size === undefined ? 'larger' : `${formatSize(error.size)}, larger`;
    return `${size} than the limit of ${formatSize(error.maxBytes)} (--max-input-size SIZE reads more)${error.size === undefined ? '; reading stopped there' : ''}`;
}
