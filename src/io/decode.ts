/** The read & decode stage: bytes to text with `\n` line ends; line numbers are kept. */

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; CRLF and CR become LF. */
export function decodeDraft(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes);
  return normaliseText(text);
}

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
