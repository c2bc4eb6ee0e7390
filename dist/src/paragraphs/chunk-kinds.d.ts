/**
 * What a chunk's tokens say it is, before it is placed (assemble.ts): a heading, a note, a
 * continuation, or a label still waiting for its text. Brackets are paired as the parser pairs
 * them (readBrackets). The chunk is not parsed, so what is an annotation (the records stage
 * decides that, segments.ts) is not asked here: only whether a `;` segment has the *shape* of
 * one, `label: CODES` or `CODES`, in the two forms the heading and note tests use.
 */
import type { IToken } from 'chevrotain';
import type { Chunk } from './chunks.js';
export type IsCode = (raw: string) => boolean;
export declare function isHeading(chunk: Chunk, isCode: IsCode): boolean;
/** Whether a chunk whose first piece is `piece` may still be a note (isNote reads the whole chunk): not once it is too long for one. */
export declare const mayBeNote: (piece: Chunk) => boolean;
/**
 * Whether a chunk whose first part is `piece` may still be a heading, which isHeading can tell
 * only from the whole chunk (its last token, its last character): false once the piece rules it
 * out, as a chunk that starts `~~Text~~ [FRA]` or `**Text** [FRA]` and goes on does.
 */
export declare function mayBeHeading(piece: Chunk): boolean;
/** A continuation: its first character (after emphasis and heading marks) is no upper-case letter and no digit. */
export declare function startsLowerOrPunctuation(chunk: Chunk): boolean;
/** A note such as `(retain original:IRN)`: known codes, and at most NOTE_MAX_WORDS words of prose. */
export declare function isNote(chunk: Chunk, isCode: IsCode): boolean;
/** A label whose chunk holds no prose (`OPI ALT[GTM, supported by THA]`) takes the next block as its text. */
export declare function hasNoProse(chunk: Chunk, isCode: IsCode): boolean;
/**
 * hasNoProse read a token at a time, for a chunk given out in pieces (chunksOf): the same segments
 * (`;` outside brackets), the same words, the same exception for a segment that ends in codes a
 * colon opens. Fed the chunk's tokens after its label.
 */
export declare class ProseWatch {
    private readonly isCode;
    private open;
    private prose;
    /** The segment so far has a word outside brackets (known codes are no words). */
    private words;
    /** Since the segment's last colon there were only codes, commas and dots. */
    private afterColon;
    /** The last of them, dots aside, is a known code. */
    private endsInKnownCode;
    constructor(isCode: IsCode);
    add(tokens: readonly IToken[]): void;
    noProse(): boolean;
    private segmentHasProse;
    private addOne;
}
