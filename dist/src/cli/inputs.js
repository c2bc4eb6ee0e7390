/** Reading the input files: each checked, read and decoded with one-line errors. */
import { closeSync, openSync, statSync } from 'node:fs';
import { byteOrderMark, decodeDraft } from '../decode/decode-draft.js';
import { fileName, invalidNameNote } from './argument-path.js';
import { decodeAs, likelyEncoding } from './encoding.js';
import { DEFAULT_INPUT_LIMITS, tooLarge } from './input-limits.js';
import { readFileBounded, TooLarge } from './read-bounded.js';
import { binaryError, sniffDraft } from './sniff.js';
import { reason, UsageError } from './usage-error.js';
function cannotRead(path, why) {
    return new UsageError(`cannot read ${path === '-' ? 'standard input' : `'${path}'`}: ${why}`);
}
/** A read error in words: a name not found because it is not UTF-8 is said so. */
function readError(path, error) {
    if (error instanceof TooLarge)
        return cannotRead(path, tooLarge(error));
    const code = error.code;
    return cannotRead(path, `${reason(error)}${code === 'ENOENT' ? invalidNameNote(path) : ''}`);
}
/**
 * The file's bytes decoded to text with `\n` line ends; `-` is standard input. Without `encoding`
 * (`--encoding`), UTF-8, or UTF-16 or UTF-32 with a byte order mark; of a file with bytes invalid
 * there, the encoding it most likely is, which the invalid-encoding warnings name. At most
 * `--max-input-size` bytes are read, and a file whose first bytes are not text is refused at once.
 */
export async function readInput(path, io, encoding) {
    const limit = { maxBytes: io.limits?.draft ?? DEFAULT_INPUT_LIMITS.draft, sniff: (head) => sniffDraft(path, head, encoding) };
    let bytes;
    try {
        bytes = path === '-' ? await io.readStdin(limit) : readFileBounded(fileName(path), limit);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw readError(path, error);
    }
    const draft = encoding === undefined ? decodeDraft(bytes) : decodeAs(bytes, encoding);
    // The first bytes were text; NULs further on still make a file no draft.
    if (draft.text.includes('\0'))
        throw binaryError(path);
    const mark = byteOrderMark(bytes);
    if (encoding !== undefined || draft.invalidLines.length === 0 || (mark !== undefined && mark !== 'utf-8'))
        return draft;
    const likely = likelyEncoding(bytes);
    return likely ? { ...draft, likelyEncoding: likely } : draft;
}
/**
 * Checks every input before any output, with readInput's messages: each must exist, not be a
 * directory, and (a regular file) open for reading. Pipes and devices (`<(…)`, `/dev/stdin`) are
 * not opened here, as that could take their data; `-` is standard input. What only reading shows
 * (a binary file, a stream too long, a read error) is still found by readInput; a regular file
 * larger than `--max-input-size` is refused here, from its size.
 */
export function checkInputs(paths, io) {
    const maxBytes = io.limits?.draft ?? DEFAULT_INPUT_LIMITS.draft;
    for (const path of paths) {
        if (path === '-')
            continue;
        let stats;
        try {
            const name = fileName(path);
            stats = statSync(name);
            if (stats.isFile())
                closeSync(openSync(name, 'r'));
        }
        catch (error) {
            throw readError(path, error);
        }
        if (stats.isDirectory())
            throw cannotRead(path, 'is a directory');
        if (stats.isFile() && stats.size > maxBytes)
            throw readError(path, new TooLarge(maxBytes, stats.size));
    }
}
