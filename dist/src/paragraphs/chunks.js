import { tokens as T } from '../../grammar/index.js';
import { SECTION_TOKENS } from './sections.js';
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const RESIDUE = /^\s*(\*\*)?(Formatted|Commented \[[^\]]*\]):/;
/**
 * The line a token is on, as written. Tokens never span lines, and the lexer's line numbers
 * are the text's `\n`-separated lines (the text is normalised).
 */
function lineAround(text, token) {
    const offset = text.lastIndexOf('\n', token.startOffset - 1) + 1;
    let end = text.indexOf('\n', token.startOffset);
    if (end < 0)
        end = text.length;
    if (end > offset && text.charCodeAt(end - 1) === 13)
        end--; // a `\r` before the `\n`
    return { offset, raw: text.slice(offset, end) };
}
export function* chunksOf(text, parts, options = {}) {
    const pieceTokens = options.pieceTokens ?? SECTION_TOKENS;
    let afterPageBreak = false;
    let inResidue = false;
    let current = null;
    let previousLine = 0;
    let line = { offset: 0, raw: '' };
    for (const tokens of parts) {
        for (let first = 0, end = 0; first < tokens.length; first = end) {
            const number = tokens[first].startLine ?? 1;
            end = first + 1;
            while (end < tokens.length && (tokens[end].startLine ?? 1) === number)
                end++;
            if (number > previousLine + 1) {
                // a blank line before this one
                if (current)
                    yield current;
                current = null;
                inResidue = false;
            }
            // A long line lexed in parts (lexInParts) goes on where the last part ended.
            const goesOn = number === previousLine;
            previousLine = number;
            if (!goesOn)
                line = lineAround(text, tokens[first]);
            if (PAGE_NUMBER.test(line.raw)) {
                if (current)
                    yield current;
                current = null;
                inResidue = false;
                afterPageBreak = true;
                continue;
            }
            const labelOnLine = options.labelsOpenTheirLine ? tokens.slice(first, end).findIndex((t) => t.tokenType === T.ParagraphLabel) : -1;
            const startsLabelled = !goesOn && (tokens[first].tokenType === T.ParagraphLabel || labelOnLine > 0);
            if (!goesOn && options.startsChunk?.has(number) && current) {
                yield current;
                current = null;
            }
            if (RESIDUE.test(line.raw))
                inResidue = true;
            if (inResidue && !startsLabelled)
                continue;
            inResidue = false;
            for (let i = first; i < end; i++) {
                const token = tokens[i];
                const isLabel = labelOnLine > 0 ? i === first : token.tokenType === T.ParagraphLabel;
                if (isLabel || !current) {
                    if (current)
                        yield current;
                    current = { tokens: [], startLine: number, endLine: number, raw: '', afterPageBreak, labelled: isLabel };
                    afterPageBreak = false;
                }
                else if (i === first && current.tokens.length >= pieceTokens) {
                    current.more = true;
                    yield current;
                    current = { tokens: [], startLine: number, endLine: number, raw: '', afterPageBreak: false, labelled: false, continues: true };
                }
                // The line as written, from the label or piece that starts mid-line.
                const startsLine = i === first && !goesOn;
                if (startsLine || isLabel || current.tokens.length === 0) {
                    const from = startsLine ? 0 : token.startOffset - line.offset;
                    current.raw += (current.raw ? '\n' : '') + line.raw.slice(from);
                }
                current.tokens.push(token);
                current.endLine = number;
            }
            // A mid-line label's chunk keeps only the text from the label on; the chunk before it
            // keeps the whole line in `raw`, which only the heading/continuation tests read.
        }
    }
    if (current)
        yield current;
}
