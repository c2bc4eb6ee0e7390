import { tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';
const NUMBER = /^\s*(\d{1,3})/;
/** An article's paragraphs are read whole (the chunks come unsplit: pieceTokens Infinity). */
const WHOLE = { continued: false, complete: true };
/**
 * `opensNext`: a line that is only an annotation opening its bracket (`[CL/VN Alternative Proposal:`),
 * whose text is the numbered paragraph on the next line: it joins that paragraph if one comes next.
 */
export function* assembleArticles(chunks, article, layout, opensNext) {
    let current = null;
    let held = null;
    /** Footnotes read while a paragraph is open: given out after it, so that records come nearly in text order. */
    let footnotes = [];
    function* closeCurrent() {
        // Let go before it is given out: its reader drops its tokens once read.
        const done = current;
        current = null;
        if (done)
            yield done;
        yield* footnotes;
        footnotes = [];
    }
    let articleId = null;
    const starts = [];
    const paragraphAt = (line, column) => {
        for (let i = starts.length - 1; i >= 0; i--) {
            const start = starts[i];
            if (start.line < line || (start.line === line && start.column <= column))
                return start.id;
        }
        return null;
    };
    for (let chunk of chunks) {
        const first = chunk.tokens[0];
        const footnote = layout?.footnoteOfLine.get(chunk.startLine);
        if (footnote !== undefined) {
            const mark = layout.marks.get(footnote);
            const id = (mark && paragraphAt(mark.line, mark.column)) ?? current?.id ?? `L${chunk.startLine}`;
            footnotes.push({
                id, baseId: id, kind: 'footnote', label: String(footnote),
                startLine: chunk.startLine, endLine: chunk.endLine, tokens: chunk.tokens, ...WHOLE,
            });
            if (!current)
                yield* closeCurrent();
            continue;
        }
        const label = chunk.labelled ? chunk.tokens.find((t) => t.tokenType === T.ParagraphLabel) : undefined;
        if (held) {
            if (label)
                chunk = { ...chunk, tokens: held.tokens.concat(chunk.tokens), startLine: held.startLine };
            else if (current) {
                appendAll(current.tokens, held.tokens);
                current.endLine = held.endLine;
            }
            held = null;
        }
        if (!label && opensNext && chunk.startLine === chunk.endLine && opensNext.test(chunk.raw)) {
            held = chunk;
            continue;
        }
        if (label) {
            const articleMatch = new RegExp(article.source, article.flags.replace('y', '')).exec(label.image);
            let id;
            if (articleMatch) {
                articleId = articleMatch[1];
                id = articleId;
            }
            else {
                const number = NUMBER.exec(label.image)?.[1] ?? label.image.trim();
                id = articleId ? `${articleId}.${Number(number)}` : `L${chunk.startLine}`;
            }
            yield* closeCurrent();
            current = {
                id, baseId: id, kind: articleMatch ? 'labelled' : 'numbered', label: label.image.trim(),
                startLine: chunk.startLine, endLine: chunk.endLine, tokens: chunk.tokens.slice(), ...WHOLE,
            };
            starts.push({ line: chunk.startLine, column: first.startColumn ?? 1, id });
            continue;
        }
        if (current) {
            appendAll(current.tokens, chunk.tokens);
            current.endLine = chunk.endLine;
            continue;
        }
        const id = `L${chunk.startLine}`;
        current = { id, baseId: id, kind: 'unlabelled', label: null, startLine: chunk.startLine, endLine: chunk.endLine, tokens: chunk.tokens.slice(), ...WHOLE };
        starts.push({ line: chunk.startLine, column: first.startColumn ?? 1, id });
    }
    if (held && current)
        appendAll(current.tokens, held.tokens);
    yield* closeCurrent();
}
