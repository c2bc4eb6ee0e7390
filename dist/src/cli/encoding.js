/**
 * Legacy encodings of drafts (`--encoding NAME`, iconv-lite), and the guess the warning names when
 * a file read as UTF-8 has invalid bytes.
 *
 * The guess is a heuristic, not a detector: the bytes that are not UTF-8 in a draft are nearly
 * always Windows-1252's (é as 0xE9, ’ “ ” – … as 0x92 0x93 0x94 0x96 0x85 in the 0x80–0x9F range
 * that Latin-1 leaves to control characters, and that Windows-1252 decodes as the same letters as
 * Latin-1 elsewhere). A statistical detector (chardet) was considered and not taken: it would be
 * a dependency to tell apart encodings that a draft in a Latin script does not come in, and its
 * answer between windows-1252 and ISO-8859-1 would change nothing (windows-1252 reads both).
 */
import { createRequire } from 'node:module';
import { normaliseText } from '../decode/decode-draft.js';
import { UsageError } from './usage-error.js';
let loaded;
/** iconv-lite, loaded on first use: most runs read UTF-8 and never need it. */
function iconvLite() {
    return (loaded ??= createRequire(import.meta.url)('iconv-lite'));
}
/** The `--encoding` name, checked: iconv-lite must know it. */
export function checkEncoding(name) {
    if (name === undefined)
        return undefined;
    if (!iconvLite().encodingExists(name)) {
        throw new UsageError(`--encoding: '${name}' is not an encoding iconv-lite knows (e.g. utf-8, windows-1252, latin1, utf-16le, shift_jis)`);
    }
    return name;
}
/** The file's bytes in `encoding` (a byte order mark dropped), as decodeDraft gives UTF-8: `\n` line ends, invalid lines listed. */
export function decodeAs(bytes, encoding) {
    const text = normaliseText(iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
    const invalidLines = text.includes('\uFFFD') ? text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : [])) : [];
    return { text, invalidLines, encoding };
}
/**
 * The encoding a file that is not valid UTF-8 most likely is: windows-1252 when its bytes decode
 * there with no replacement character (any byte but 0x81, 0x8D, 0x8F, 0x90 and 0x9D does);
 * undefined when not even that fits.
 */
export function likelyEncoding(bytes) {
    return decodeAs(bytes, 'windows-1252').invalidLines.length === 0 ? 'windows-1252' : undefined;
}
