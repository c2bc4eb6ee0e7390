import { asText, isCloser, isOpener, tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';
import { stripMarkup } from '../util/text.js';
import { CHAPEAU } from './chapeau.js';
import { hasNoProse, isHeading, isNote, mayBeHeading, mayBeNote, ProseWatch, startsLowerOrPunctuation } from './chunk-kinds.js';
import { isNumberedLabel, paragraphIdOf } from './ids.js';
import { asLongOpenerText, SectionCuts } from './sections.js';
const DECLARE = /^Declare the following/;
const unlabelled = (chunk) => ({ to: 'paragraph', kind: 'unlabelled', baseId: `L${chunk.startLine}`, label: null, awaitingText: false });
/** `fileHasChapeau`: a numbered point before any draft is a cover note's only if a chapeau comes later. */
function placeOfLabelled(chunk, reading, isCode, fileHasChapeau) {
    const label = chunk.tokens[0].image;
    const numbered = isNumberedLabel(label);
    const awaitingText = hasNoProse(chunk, isCode);
    if (numbered && !reading.draftStarted && fileHasChapeau)
        return { ...unlabelled(chunk), awaitingText };
    return { to: 'paragraph', kind: numbered ? 'numbered' : 'labelled', baseId: paragraphIdOf(label), label: label.trim(), awaitingText };
}
function placeOfUnlabelled(chunk, reading, isCode) {
    const plain = stripMarkup(chunk.raw);
    if (CHAPEAU.test(plain))
        return { to: 'heading', starts: 'preamble' };
    if (DECLARE.test(plain))
        return { to: 'heading', starts: 'operative' };
    if (isHeading(chunk, isCode))
        return { to: 'heading', starts: null };
    const joinable = reading.open && !reading.afterHeading;
    if (joinable && reading.awaitingText)
        return { to: 'open paragraph' };
    if (joinable && (isNote(chunk, isCode) || chunk.afterPageBreak || startsLowerOrPunctuation(chunk)))
        return { to: 'open paragraph' };
    if (reading.inPreamble)
        return { to: 'paragraph', kind: 'preamble', baseId: null, label: null, awaitingText: false };
    return unlabelled(chunk);
}
/**
 * Whether the first pieces of a long unlabelled chunk place it as the whole chunk would: it cannot
 * be a heading (it starts with a letter or digit, or with markup or a bracket the pieces already
 * show is no heading's), and its place does not turn on isNote, which reads the whole chunk
 * (unless the chunk is too long for a note). A labelled chunk's first piece always does.
 */
function placedByFirstPieces(chunk, reading) {
    if (chunk.labelled)
        return true;
    if (!/^[\p{L}\p{N}]/u.test(chunk.raw.trimStart()) && mayBeHeading(chunk))
        return false;
    const joinable = reading.open && !reading.afterHeading;
    return !joinable || reading.awaitingText || chunk.afterPageBreak || startsLowerOrPunctuation(chunk) || !mayBeNote(chunk);
}
function placeOf(chunk, reading, isCode, fileHasChapeau) {
    return chunk.labelled ? placeOfLabelled(chunk, reading, isCode, fileHasChapeau) : placeOfUnlabelled(chunk, reading, isCode);
}
/** `OP1`, then `OP1#2`, `OP1#3`… for the same ID again. */
function idCounter() {
    const seen = new Map();
    return (baseId) => {
        const count = (seen.get(baseId) ?? 0) + 1;
        seen.set(baseId, count);
        return count > 1 ? `${baseId}#${count}` : baseId;
    };
}
/**
 * The paragraphs of a file's chunks, each given out once the next one opens (a note or a
 * continuation may still join it until then). `fileHasChapeau`: hasChapeau(text). A paragraph
 * longer than `sections.tokens` tokens is given out in sections, where sections.ts allows a cut.
 */
export function* assembleParagraphs(chunks, isCode, fileHasChapeau, sections) {
    const sectionTokens = sections.tokens;
    const reading = { open: false, draftStarted: false, inPreamble: false, afterHeading: false, awaitingText: false };
    const idOf = idCounter();
    let preambleCount = 0;
    let last = null;
    let cuts = null;
    /** Reads a labelled chunk that comes in pieces, for whether it holds prose (awaitingText). */
    let watch = null;
    /** Where the pieces of the chunk being read go. */
    let piecesTo = 'paragraph';
    /** A chunk whose pieces are gathered, as its first piece cannot place it. */
    let pending = null;
    /** Tokens of the headings since the last paragraph opened: they go to the next one. */
    let headings = [];
    const paragraphOf = (chunk, kind, baseId, label) => {
        const tokens = headings.concat(chunk.tokens);
        headings = [];
        reading.afterHeading = false;
        cuts = new SectionCuts(isCode, chunk.startLine, sections.carriesLabels);
        cuts.add(tokens);
        const paragraph = { id: idOf(baseId), baseId, kind, label, startLine: chunk.startLine, endLine: chunk.endLine, tokens, continued: false, complete: false };
        readLongOpenersAsText(paragraph);
        return paragraph;
    };
    /** The open paragraph's section so far, when the chunk that goes on in it may start the next one. */
    const sectionBefore = (chunk) => {
        const open = last;
        if (open.tokens.length < sectionTokens || chunk.tokens.length === 0 || !cuts.canCutBefore(chunk.tokens))
            return null;
        const section = { ...open };
        open.tokens = [];
        open.continued = true;
        cuts.cut();
        return section;
    };
    /**
     * Brackets open too long are read as text (SectionCuts.longOpeners), with the codes and colons
     * after them on their line outside any group (they would otherwise hold the rest of the paragraph
     * as one segment), and the section read again.
     */
    const readLongOpenersAsText = (paragraph) => {
        const long = new Set(cuts.longOpeners());
        if (long.size === 0)
            return;
        let line = -1;
        let depth = 0;
        paragraph.tokens = paragraph.tokens.map((token) => {
            if (long.has(token)) {
                [line, depth] = [token.startLine ?? 0, 0];
                return asLongOpenerText(token);
            }
            if (token.startLine !== line)
                return token;
            if (isOpener(token))
                depth++;
            else if (isCloser(token) && depth > 0)
                depth--;
            else if (depth === 0 && (token.tokenType === T.Code || token.tokenType === T.Colon))
                return asText(token);
            return token;
        });
        cuts.readAgain(paragraph.tokens);
        // Read again, an opener inside one read as text may now be the one open too long.
        readLongOpenersAsText(paragraph);
    };
    const joinOpen = (chunk) => {
        appendAll(last.tokens, chunk.tokens);
        cuts.add(chunk.tokens);
        readLongOpenersAsText(last);
        last.endLine = chunk.endLine;
    };
    /** The last paragraph, complete, let go here: its reader may drop its tokens. */
    const completeLast = () => {
        const done = { ...last, complete: true };
        last = null;
        return done;
    };
    for (const piece of chunks) {
        let chunk = piece;
        try {
            if (pending) {
                appendAll(pending.tokens, piece.tokens);
                pending.raw += `\n${piece.raw}`;
                pending.endLine = piece.endLine;
                // Gathered until its pieces so far place it (LOOK_AHEAD_TOKENS at most), or it ends.
                pending.more = piece.more;
                if (piece.more && !placedByFirstPieces(pending, reading))
                    continue;
                [chunk, pending] = [pending, null];
            }
            else if (chunk.continues) {
                if (piecesTo === 'heading') {
                    appendAll(headings, chunk.tokens);
                    continue;
                }
                const section = sectionBefore(chunk);
                if (section)
                    yield section;
                joinOpen(chunk);
                if (watch)
                    watch.add(chunk.tokens);
                if (watch && !chunk.more)
                    reading.awaitingText = watch.noProse();
                continue;
            }
            else if (chunk.more && !placedByFirstPieces(chunk, reading)) {
                pending = { ...chunk, tokens: chunk.tokens.slice() };
                continue;
            }
            const place = placeOf(chunk, reading, isCode, fileHasChapeau);
            piecesTo = place.to;
            watch = null;
            if (place.to === 'heading') {
                if (place.starts) {
                    reading.draftStarted = true;
                    reading.inPreamble = place.starts === 'preamble';
                    if (reading.inPreamble)
                        preambleCount = 0;
                }
                appendAll(headings, chunk.tokens);
                reading.afterHeading = true;
                continue;
            }
            reading.awaitingText = place.to === 'paragraph' && place.awaitingText;
            if (place.to === 'open paragraph') {
                const section = sectionBefore(chunk);
                if (section)
                    yield section;
                joinOpen(chunk);
                continue;
            }
            // A numbered paragraph ends the preamble.
            if (place.kind === 'numbered')
                reading.inPreamble = false;
            const baseId = place.baseId ?? `PP${++preambleCount}`;
            // A new paragraph completes the one before it: nothing more can join that one.
            if (last)
                yield completeLast();
            last = paragraphOf(chunk, place.kind, baseId, place.label);
            if (chunk.more && chunk.labelled) {
                watch = new ProseWatch(isCode);
                watch.add(chunk.tokens.slice(1));
            }
            reading.open = true;
        }
        finally {
            // Copied where they go, the tokens are let go with the chunk: a suspended generator still holds
            // its last chunk, which would keep a last paragraph's tokens while its records are made.
            piece.tokens = [];
            chunk.tokens = [];
        }
    }
    if (headings.some((t) => t.tokenType === T.Code && isCode(t.image))) {
        // A heading at the very end has no paragraph to go to: keep its annotations in one of its own.
        const line = headings[0].startLine ?? 1;
        if (last)
            yield completeLast();
        last = paragraphOf({ tokens: [], startLine: line, endLine: line, raw: '', afterPageBreak: false, labelled: false }, 'unlabelled', `L${line}`, null);
    }
    if (last)
        yield completeLast();
}
