/**
 * The decode stage: bytes to the one form of text every later stage reads, `\n` line ends and
 * no byte order mark. Line numbers are kept (CRLF and CR each end one line).
 */
/**
 * Decodes a file's bytes as the CLI does: UTF-8 (with or without BOM), or UTF-16 or UTF-32 with a
 * BOM, CRLF and CR made LF.
 *
 * It needs only `TextDecoder`, which browsers and Node both have (UTF-32, which TextDecoder does
 * not know, is decoded here).
 *
 * @example
 * ```ts
 * const draft = decodeDraft(new Uint8Array(await (await fetch('draft.txt')).arrayBuffer()));
 * const result = parseDraft(draft, { file: 'draft.txt' }); // invalid bytes become invalid-encoding warnings
 * ```
 */
export function decodeDraft(bytes) {
    const encoding = byteOrderMark(bytes);
    if (encoding === 'utf-32le' || encoding === 'utf-32be') {
        const { text, replaced } = decodeUtf32(bytes.subarray(4), encoding === 'utf-32le');
        return { ...(replaced ? withInvalidLines(text) : { text: normaliseText(text), invalidLines: [] }), encoding: encoding.toUpperCase() };
    }
    if (encoding === 'utf-16le' || encoding === 'utf-16be')
        return decode(encoding, bytes.subarray(2));
    return decode('utf-8', bytes);
}
/** The encoding a byte order mark at the start names: UTF-32's before UTF-16's, whose little-endian mark begins UTF-32LE's. */
export function byteOrderMark(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'utf-32le';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'utf-32be';
    if (a === 0xff && b === 0xfe)
        return 'utf-16le';
    if (a === 0xfe && b === 0xff)
        return 'utf-16be';
    if (a === 0xef && b === 0xbb && c === 0xbf)
        return 'utf-8';
    return undefined;
}
function decode(encoding, bytes) {
    try {
        return { text: normaliseText(new TextDecoder(encoding, { fatal: true }).decode(bytes)), invalidLines: [], encoding: encoding.toUpperCase() };
    }
    catch {
        // Invalid bytes: decode anyway, with the replacement character, and say where.
        return { ...withInvalidLines(new TextDecoder(encoding).decode(bytes)), encoding: encoding.toUpperCase() };
    }
}
function withInvalidLines(decoded) {
    const text = normaliseText(decoded);
    const invalidLines = text.includes('\uFFFD') ? text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : [])) : [];
    return { text, invalidLines };
}
/** UTF-32 to text: a value past U+10FFFF, a surrogate and a last unit short of four bytes each become U+FFFD. */
function decodeUtf32(bytes, littleEndian) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const whole = bytes.byteLength - (bytes.byteLength % 4);
    const parts = [];
    const points = [];
    let replaced = whole < bytes.byteLength;
    for (let offset = 0; offset < whole; offset += 4) {
        const point = view.getUint32(offset, littleEndian);
        const valid = point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);
        replaced ||= !valid;
        points.push(valid ? point : 0xfffd);
        // fromCodePoint takes its points as arguments: a few thousand at a time.
        if (points.length === 4096)
            parts.push(String.fromCodePoint(...points.splice(0)));
    }
    if (whole < bytes.byteLength)
        points.push(0xfffd);
    parts.push(String.fromCodePoint(...points));
    return { text: parts.join(''), replaced };
}
/** `\n` line ends, no byte order mark: the text of a DecodedDraft, and what the API makes of a string it is given. */
export function normaliseText(text) {
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
