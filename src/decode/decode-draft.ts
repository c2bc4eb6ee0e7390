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
}

/**
 * Decodes a file's bytes as the CLI does: UTF-8 (with or without BOM) or UTF-16 with a BOM, CRLF and CR made LF.
 *
 * It needs only `TextDecoder`, which browsers and Node both have.
 *
 * @example
 * ```ts
 * const draft = decodeDraft(new Uint8Array(await (await fetch('draft.txt')).arrayBuffer()));
 * const result = parseDraft(draft, { file: 'draft.txt' }); // invalid bytes become invalid-encoding warnings
 * ```
 */
export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  return decode('utf-8', bytes);
}

function decode(encoding: string, bytes: Uint8Array): DecodedDraft {
  try {
    return { text: normaliseText(new TextDecoder(encoding, { fatal: true }).decode(bytes)), invalidLines: [] };
  } catch {
    // Invalid bytes: decode anyway, with the replacement character, and say where.
    const text = normaliseText(new TextDecoder(encoding).decode(bytes));
    const invalidLines = text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : []));
    return { text, invalidLines };
  }
}

/** `\n` line ends, no byte order mark: the text of a DecodedDraft, and what the API makes of a string it is given. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
