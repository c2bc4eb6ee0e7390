/**
 * What the first bytes of an input tell before the rest is read: that it is no text at all (NUL
 * characters, or many control characters: `/dev/zero`, `/dev/urandom`, an image), or that it is
 * UTF-16 or UTF-32 without a byte order mark, which is refused with the `--encoding` that reads
 * it rather than guessed: a guess read wrong would give records silently wrong.
 */
import { byteOrderMark, decodeDraft } from '../decode/decode-draft.js';
import { decodeAs } from './encoding.js';
import { UsageError } from './usage-error.js';
/** C0 controls but tab, line feed, vertical tab, form feed and carriage return; and DEL. */
const CONTROL = /[\x00-\x08\x0E-\x1F\x7F]/g;
/** Text holding U+0000, or more than one control character in ten (and a few at least), is not a draft. */
export function looksBinary(text) {
    if (text.includes('\0'))
        return true;
    const controls = text.match(CONTROL)?.length ?? 0;
    return controls >= 4 && controls * 10 > text.length;
}
export function binaryError(path) {
    return new UsageError(`'${path}' looks like a binary file, not a text draft`);
}
/**
 * Refuses the input from its first bytes (`head`): as `encoding` reads them when it is given,
 * else as decodeDraft does, after the check for UTF-16 and UTF-32 without a mark.
 */
export function sniffDraft(path, head, encoding) {
    if (encoding === undefined && byteOrderMark(head) === undefined) {
        const unmarked = unmarkedUnicode(head);
        if (unmarked) {
            throw new UsageError(`'${path}' looks like ${unmarked.toUpperCase()} text without a byte order mark, not UTF-8: read it with --encoding ${unmarked}`);
        }
    }
    const text = encoding === undefined ? decodeDraft(head).text : decodeAs(head, encoding).text;
    if (looksBinary(text))
        throw binaryError(path);
}
/**
 * UTF-16 or UTF-32 without a byte order mark, told by where its NUL bytes fall. Every UTF-32 unit
 * has a NUL high byte (code points end at U+10FFFF), and nearly every one a NUL next byte (all
 * but those past U+FFFF); every ASCII character in UTF-16 (the spaces, digits, brackets and codes
 * of a draft in any script) has a NUL high byte. The low bytes are NUL in none. Random bytes have
 * NULs everywhere alike (one in 256), `/dev/zero` nothing but NULs: neither fits.
 */
export function unmarkedUnicode(head) {
    const units = Math.floor(head.length / 4);
    if (units === 0)
        return undefined;
    // The share of NUL bytes at each position of four.
    const zeros = [0, 0, 0, 0];
    for (let i = 0; i < units * 4; i++)
        if (head[i] === 0)
            zeros[i % 4]++;
    const [z0, z1, z2, z3] = zeros.map((count) => count / units);
    const all = (share) => share >= 0.9;
    const some = (share) => share >= 0.1;
    const few = (share) => share <= 0.02;
    if (few(z0) && all(z2) && all(z3))
        return 'utf-32le';
    if (all(z0) && all(z1) && few(z3))
        return 'utf-32be';
    if (few(z0) && few(z2) && some(z1) && some(z3))
        return 'utf-16le';
    if (some(z0) && some(z2) && few(z1) && few(z3))
        return 'utf-16be';
    return undefined;
}
