import { UsageError } from './usage-error.js';
/** Text holding U+0000, or more than one control character in ten (and a few at least), is not a draft. */
export declare function looksBinary(text: string): boolean;
export declare function binaryError(path: string): UsageError;
/**
 * Refuses the input from its first bytes (`head`): as `encoding` reads them when it is given,
 * else as decodeDraft does, after the check for UTF-16 and UTF-32 without a mark.
 */
export declare function sniffDraft(path: string, head: Buffer, encoding?: string): void;
/**
 * UTF-16 or UTF-32 without a byte order mark, told by where its NUL bytes fall. Every UTF-32 unit
 * has a NUL high byte (code points end at U+10FFFF), and nearly every one a NUL next byte (all
 * but those past U+FFFF); every ASCII character in UTF-16 (the spaces, digits, brackets and codes
 * of a draft in any script) has a NUL high byte. The low bytes are NUL in none. Random bytes have
 * NULs everywhere alike (one in 256), `/dev/zero` nothing but NULs: neither fits.
 */
export declare function unmarkedUnicode(head: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined;
