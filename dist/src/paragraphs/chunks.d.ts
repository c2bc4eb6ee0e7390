/**
 * From a file's tokens to chunks: the units that become paragraphs, headings and notes.
 *
 * Blocks are runs of non-blank lines. Page numbers (a line of 1 to 3 digits) are dropped
 * and mark the next block as coming after a page break; word-processor residue
 * (`Formatted: …`, `**Commented [A1]:** …`) is dropped with the rest of its block. A block
 * is split into chunks where a paragraph label begins, at a line start or mid-line.
 */
import type { IToken } from 'chevrotain';
export interface Chunk {
    tokens: IToken[];
    startLine: number;
    endLine: number;
    /** The chunk's lines as written (for the heading and continuation tests). */
    raw: string;
    afterPageBreak: boolean;
    /** The chunk begins with a paragraph label. */
    labelled: boolean;
    /** A later piece of a long chunk: its tokens go where the first piece's went. */
    continues?: boolean;
    /** More pieces of this chunk follow. */
    more?: boolean;
}
/**
 * The chunks of a file whose tokens come in source order, in parts that end between lines
 * (lexInParts), each chunk given out once it is complete. A line without tokens (blank, or
 * white space alone) ends a block. A chunk of more than `pieceTokens` tokens is given out in
 * pieces that end between lines, so that a paragraph of a hundred thousand lines need not be
 * held whole (assembleParagraphs places it by its first piece where that is enough).
 */
/** What a notation profile changes (src/profiles): none for the Kyoto notation. */
export interface ChunkOptions {
    /** A label in the middle of a line takes the whole line (`[US propose: 1. Each…` starts paragraph 1 at the bracket). */
    labelsOpenTheirLine?: boolean;
    /** Lines that start a chunk of their own (footnotes at a page's foot). */
    startsChunk?: ReadonlySet<number>;
    /** Chunks of more tokens are given out in pieces (SECTION_TOKENS); Infinity: whole, for a reader that cannot take pieces. */
    pieceTokens?: number;
}
export declare function chunksOf(text: string, parts: Iterable<IToken[]>, options?: ChunkOptions): Generator<Chunk>;
