/**
 * The decode stage: bytes to the one form of text every later stage reads, `\n` line ends and
 * no byte order mark. Line numbers are kept (CRLF and CR each end one line).
 */

/** A draft's text as decodeDraft made it (normalised line ends, no byte order mark), and where bytes were invalid. */
export interface DecodedDraft {
  /** Normalised (normaliseText): pass the DecodedDraft itself to parseDraft or readDraft, which then use it as is. */
  text: string;
  /** Lines (1-based) where invalid bytes were replaced by U+FFFD. */
  invalidLines: number[];
  /** The encoding the bytes most likely are when they were not valid (`windows-1252`): the invalid-encoding warnings name it. */
  likelyEncoding?: string;
  /** The encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `UTF-32BE`, an `--encoding` name): the invalid-encoding warnings name it. */
  encoding?: string;
}

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
export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  const encoding = byteOrderMark(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const { text, replaced } = decodeUtf32(bytes.subarray(4), encoding === 'utf-32le');
    return { ...(replaced ? withInvalidLines(text) : { text: normaliseText(text), invalidLines: [] }), encoding: encoding.toUpperCase() };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decode(encoding, bytes.subarray(2));
  return decode('utf-8', bytes);
}

/** The encoding a byte order mark at the start names: UTF-32's before UTF-16's, whose little-endian mark begins UTF-32LE's. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  return undefined;
}

function decode(encoding: string, bytes: Uint8Array): DecodedDraft {
  try {
    return { text: normaliseText(new TextDecoder(encoding, { fatal: true }).decode(bytes)), invalidLines: [], encoding: encoding.toUpperCase() };
  } catch {
    // Invalid bytes: decode anyway, with the replacement character, and say where.
    return { ...withInvalidLines(new TextDecoder(encoding).decode(bytes)), encoding: encoding.toUpperCase() };
  }
}

function withInvalidLines(decoded: string): DecodedDraft {
  const text = normaliseText(decoded);
  const invalidLines = text.includes('\uFFFD') ? text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : [])) : [];
  return { text, invalidLines };
}

/** UTF-32 to text: a value past U+10FFFF, a surrogate and a last unit short of four bytes each become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; replaced: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  const parts: string[] = [];
  const points: number[] = [];
  let replaced = whole < bytes.byteLength;
  for (let offset = 0; offset < whole; offset += 4) {
    const point = view.getUint32(offset, littleEndian);
    const valid = point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);
    replaced ||= !valid;
    points.push(valid ? point : 0xfffd);
    // fromCodePoint takes its points as arguments: a few thousand at a time.
    if (points.length === 4096) parts.push(String.fromCodePoint(...points.splice(0)));
  }
  if (whole < bytes.byteLength) points.push(0xfffd);
  parts.push(String.fromCodePoint(...points));
  return { text: parts.join(''), replaced };
}

/** `\n` line ends, no byte order mark: the text of a DecodedDraft, and what the API makes of a string it is given. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
