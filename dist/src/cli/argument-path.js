/**
 * File names that are not valid UTF-8. Node decodes the command line as UTF-8, so such a name
 * (`d\xe9.txt`, Latin-1 from an old archive) reaches the program with U+FFFD in place of its
 * bytes and names no file. On Linux the arguments' own bytes are in /proc/self/cmdline: the
 * name is found there and the file opened by its bytes. Records and messages still show the
 * name as Node decoded it, with U+FFFD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
let rawArguments;
/** The process's arguments as bytes (each `--option=value` also as its value); none where /proc is not. */
function argumentBytes() {
    if (rawArguments)
        return rawArguments;
    let cmdline;
    try {
        cmdline = readFileSync('/proc/self/cmdline');
    }
    catch {
        return (rawArguments = []);
    }
    const parts = [];
    for (let start = 0; start < cmdline.length;) {
        const end = cmdline.indexOf(0, start);
        const part = cmdline.subarray(start, end < 0 ? cmdline.length : end);
        parts.push(part);
        const equals = part.indexOf(0x3d);
        if (part[0] === 0x2d && part[1] === 0x2d && equals > 0)
            parts.push(part.subarray(equals + 1));
        start = end < 0 ? cmdline.length : end + 1;
    }
    return (rawArguments = parts);
}
/**
 * What to open for the file name `path`, as Node gave it: the name itself, or, when it holds
 * U+FFFD and no such file exists, the bytes of the one argument that is not UTF-8 and decodes to it.
 */
export function fileName(path) {
    if (!path.includes('\uFFFD') || existsSync(path))
        return path;
    const matches = argumentBytes().filter((bytes) => !isUtf8(bytes) && bytes.toString('utf8') === path);
    // Two arguments that differ only in their invalid bytes cannot be told apart: neither is chosen.
    return matches.length === 1 ? matches[0] : path;
}
/** A note for a file not found whose name is not valid UTF-8 as given (empty for any other). */
export function invalidNameNote(path) {
    return path.includes('\uFFFD')
        ? " (the name holds U+FFFD, which stands for bytes that are not UTF-8: a file whose name has such bytes may not be found; rename it, or give it on standard input, '- < FILE')"
        : '';
}
