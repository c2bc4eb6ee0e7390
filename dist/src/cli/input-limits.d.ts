import type { TooLarge } from './read-bounded.js';
/** The most bytes read of each draft, and of each JSON file (`--aliases`, `--vocabulary`, `--config`). */
export interface InputLimits {
    draft: number;
    json: number;
}
/**
 * A draft of 256 MiB is some ten times the largest archive file known and takes about 2.5 GiB to
 * parse, within Node's default heap; the JSON files are hand-written tables of a few kilobytes.
 */
export declare const DEFAULT_INPUT_LIMITS: Readonly<InputLimits>;
/** `--max-input-size`'s value in bytes; else a usage error. The bytes package alone reads `256M` as 256: the unit must be whole. */
export declare function parseSize(value: string): number;
/** The limits of one run: `--max-input-size` is every file's, else the defaults. */
export declare function inputLimits(maxInputSize: number | undefined): InputLimits;
/** A size as messages show it (`256MB`, `1GB`). */
export declare const formatSize: (size: number) => string;
/** TooLarge in words: the file's size when known, the limit, and the option that raises it. */
export declare function tooLarge(error: TooLarge): string;
