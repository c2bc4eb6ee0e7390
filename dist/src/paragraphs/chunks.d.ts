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
}
/**
 * The chunks of a file whose tokens come in source order, in parts that end between lines
 * (lexInParts), each chunk given out once it is complete. A line without tokens (blank, or
 * white space alone) ends a block.
 */
export declare function chunksOf(text: string, parts: Iterable<IToken[]>): Generator<Chunk>;
