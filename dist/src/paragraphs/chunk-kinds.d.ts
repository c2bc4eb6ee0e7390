import type { Chunk } from './chunks.js';
export type IsCode = (raw: string) => boolean;
export declare function isHeading(chunk: Chunk, isCode: IsCode): boolean;
/** A continuation: its first character (after emphasis and heading marks) is no upper-case letter and no digit. */
export declare function startsLowerOrPunctuation(chunk: Chunk): boolean;
/** A note such as `(retain original:IRN)`: known codes, and at most NOTE_MAX_WORDS words of prose. */
export declare function isNote(chunk: Chunk, isCode: IsCode): boolean;
/** A label whose chunk holds no prose (`OPI ALT[GTM, supported by THA]`) takes the next block as its text. */
export declare function hasNoProse(chunk: Chunk, isCode: IsCode): boolean;
