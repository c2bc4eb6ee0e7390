import { stripMarkup } from '../util/text.js';
const CHAPEAU_WORDS = 'We, the Heads of State';
export const CHAPEAU = new RegExp(`^${CHAPEAU_WORDS}`);
/** The test a chunk is put to; only an unlabelled chunk can pass it (a label is no markup). */
export const isChapeau = (chunk) => CHAPEAU.test(stripMarkup(chunk.raw));
/** What stripMarkup takes off the start of a chunk (a class that holds no letter and no digit). */
const MARKUP_ONLY = /^[\s#*_>-]*$/;
/** A line the lexer gives no token: white space it skips, and empty strikes. */
const BLANK = /^(?:[ \t\u00a0\u200b\f\v]|~~~~)*$/;
/** A page number ends a chunk as a blank line does (chunks.ts). */
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/**
 * Whether some chunk of `text` (normalised) passes isChapeau. That chunk begins with the
 * chapeau's words after markup alone, and the chunk opens at its first line: the line before
 * is blank, a page number, or absent. Lines of markup alone (`**`) may come between; any other
 * line before means the words continue a chunk (or word-processor residue) and are not a chapeau.
 * Only the first candidate of a line can be one (a later one has the earlier's words before it),
 * and a candidate looks back over markup lines only, where no later candidate looks again: the
 * whole text is read a bounded number of times.
 */
export function hasChapeau(text) {
    for (let at = text.indexOf(CHAPEAU_WORDS); at >= 0;) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (MARKUP_ONLY.test(text.slice(lineStart, at)) && opensChunk(text, lineStart))
            return true;
        const lineEnd = text.indexOf('\n', at);
        at = lineEnd < 0 ? -1 : text.indexOf(CHAPEAU_WORDS, lineEnd);
    }
    return false;
}
/** Whether a chunk opens at the line starting at `lineStart`, or at a run of markup lines just before it. */
function opensChunk(text, lineStart) {
    for (let start = lineStart; start > 0;) {
        const previousStart = text.lastIndexOf('\n', start - 2) + 1;
        const previous = text.slice(previousStart, start - 1);
        if (BLANK.test(previous) || PAGE_NUMBER.test(previous))
            return true;
        if (!MARKUP_ONLY.test(previous))
            return false;
        start = previousStart;
    }
    return true;
}
/** Whether one of the chunks passes isChapeau: what hasChapeau answers without lexing (the tests hold them together). */
export function chapeauInChunks(chunks) {
    for (const chunk of chunks)
        if (isChapeau(chunk))
            return true;
    return false;
}
