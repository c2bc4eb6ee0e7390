import { type DecodedDraft } from '../decode/decode-draft.js';
/** The `--encoding` name, checked: iconv-lite must know it. */
export declare function checkEncoding(name: string | undefined): string | undefined;
/** The file's bytes in `encoding` (a byte order mark dropped), as decodeDraft gives UTF-8: `\n` line ends, invalid lines listed. */
export declare function decodeAs(bytes: Uint8Array, encoding: string): DecodedDraft;
/**
 * The encoding a file that is not valid UTF-8 most likely is: windows-1252 when its bytes decode
 * there with no replacement character (any byte but 0x81, 0x8D, 0x8F, 0x90 and 0x9D does);
 * undefined when not even that fits.
 */
export declare function likelyEncoding(bytes: Uint8Array): string | undefined;
