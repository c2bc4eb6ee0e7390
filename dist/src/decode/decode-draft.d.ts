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
export declare function decodeDraft(bytes: Uint8Array): DecodedDraft;
/** The encoding a byte order mark at the start names: UTF-32's before UTF-16's, whose little-endian mark begins UTF-32LE's. */
export declare function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined;
/** `\n` line ends, no byte order mark: the text of a DecodedDraft, and what the API makes of a string it is given. */
export declare function normaliseText(text: string): string;
