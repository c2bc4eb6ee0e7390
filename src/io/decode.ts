/** The read & decode stage: bytes to text with `\n` line ends; line numbers are kept. */

export interface DecodedDraft {
  text: string;
  /** Lines (1-based) where invalid UTF-8 bytes were replaced by U+FFFD. */
  invalidLines: number[];
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; CRLF and CR become LF. */
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

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
