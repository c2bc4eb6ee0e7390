import { tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';
import { stripMarkup } from '../util/text.js';
import { CHAPEAU } from './chapeau.js';
import { hasNoProse, isHeading, isNote, startsLowerOrPunctuation } from './chunk-kinds.js';
import { isNumberedLabel, paragraphIdOf } from './ids.js';
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
 * continuation may still join it until then). `fileHasChapeau`: hasChapeau(text).
 */
export function* assembleParagraphs(chunks, isCode, fileHasChapeau) {
    const reading = { open: false, draftStarted: false, inPreamble: false, afterHeading: false, awaitingText: false };
    const idOf = idCounter();
    let preambleCount = 0;
    let last = null;
    /** Tokens of the headings since the last paragraph opened: they go to the next one. */
    let headings = [];
    const paragraphOf = (chunk, kind, baseId, label) => {
        const tokens = headings.concat(chunk.tokens);
        headings = [];
        reading.afterHeading = false;
        return { id: idOf(baseId), baseId, kind, label, startLine: chunk.startLine, endLine: chunk.endLine, tokens };
    };
    for (const chunk of chunks) {
        const place = placeOf(chunk, reading, isCode, fileHasChapeau);
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
            appendAll(last.tokens, chunk.tokens);
            last.endLine = chunk.endLine;
            continue;
        }
        // A numbered paragraph ends the preamble.
        if (place.kind === 'numbered')
            reading.inPreamble = false;
        const baseId = place.baseId ?? `PP${++preambleCount}`;
        // A new paragraph completes the one before it: nothing more can join that one.
        if (last)
            yield last;
        last = paragraphOf(chunk, place.kind, baseId, place.label);
        reading.open = true;
    }
    if (headings.some((t) => t.tokenType === T.Code && isCode(t.image))) {
        // A heading at the very end has no paragraph to go to: keep its annotations in one of its own.
        const line = headings[0].startLine ?? 1;
        if (last)
            yield last;
        last = paragraphOf({ tokens: [], startLine: line, endLine: line, raw: '', afterPageBreak: false, labelled: false }, 'unlabelled', `L${line}`, null);
    }
    if (last)
        yield last;
}
