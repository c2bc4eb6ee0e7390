/**
 * The chapeau (`We, the Heads of State`) opens a draft's preamble. Whether a file has one decides
 * what a numbered point before any draft is (a cover note's point, or an operative paragraph), so
 * it must be known before the first paragraph is given out. hasChapeau answers from the text
 * alone, as the chunks would (chunks.ts), so the file is lexed once.
 */
import type { Chunk } from './chunks.js';
export declare const CHAPEAU: RegExp;
/** The test a chunk is put to; only an unlabelled chunk can pass it (a label is no markup). */
export declare const isChapeau: (chunk: Chunk) => boolean;
/**
 * Whether some chunk of `text` (normalised) passes isChapeau. That chunk begins with the
 * chapeau's words after markup alone, and the chunk opens at its first line: the line before
 * is blank, a page number, or absent. Lines of markup alone (`**`) may come between; any other
 * line before means the words continue a chunk (or word-processor residue) and are not a chapeau.
 * Only the first candidate of a line can be one (a later one has the earlier's words before it),
 * and a candidate looks back over markup lines only, where no later candidate looks again: the
 * whole text is read a bounded number of times.
 */
export declare function hasChapeau(text: string): boolean;
/** Whether one of the chunks passes isChapeau: what hasChapeau answers without lexing (the tests hold them together). */
export declare function chapeauInChunks(chunks: Iterable<Chunk>): boolean;
