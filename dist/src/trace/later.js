import { linesOf, sourceOf } from './source.js';
import { normalWords, squash, stripMarkup, wordsOf } from './words.js';
const NUMBER = /^(\d+)\s*(bis|ter|quater|quat|quin|quinquies|sext|sexies|sept|septies)?\s*\.\s+/i;
const BULLET = /^\s*[-\u2022\u2013]\s+/;
export function laterParagraphs(input, range) {
    const src = sourceOf(input.text);
    const out = [];
    const seen = new Map();
    for (const p of input.parsed.paragraphs) {
        if (range && (p.startLine < range.from || p.startLine > range.to))
            continue;
        // Blocks: split the parsed paragraph at list items that begin a line.
        const lines = linesOf(src, p.startLine, p.endLine).split('\n');
        const blocks = [];
        lines.forEach((text, i) => {
            if (blocks.length === 0 || BULLET.test(text))
                blocks.push({ line: p.startLine + i, text });
            else
                blocks[blocks.length - 1].text += `\n${text}`;
        });
        for (const block of blocks) {
            let text = squash(stripMarkup(block.text.replace(BULLET, '')).replace(/~~[^]*?~~/g, ' ').replace(/~~/g, ''));
            if (text === '')
                continue;
            let id;
            const number = NUMBER.exec(text);
            if (number) {
                id = `${number[1]}${(number[2] ?? '').toLowerCase()}`;
                text = text.slice(number[0].length);
            }
            else if (p.kind === 'preamble' && block.line === p.startLine)
                id = p.id;
            else if (p.kind === 'labelled' && block.line === p.startLine)
                id = p.baseId;
            else {
                if (isHeading(text))
                    continue;
                id = `L${block.line}`;
            }
            const count = (seen.get(id) ?? 0) + 1;
            seen.set(id, count);
            if (count > 1)
                id = `${id}#${count}`;
            const words = wordsOf(text);
            const starts = [];
            const ends = [];
            for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
                starts.push(m.index ?? 0);
                ends.push((m.index ?? 0) + m[0].length);
            }
            out.push({ id, line: block.line, endLine: block.line + block.text.split('\n').length - 1, text, words, norms: normalWords(text), starts, ends });
        }
    }
    return out;
}
/** A title: few words, no closing punctuation. */
export function isHeading(text) {
    const t = text.trim();
    return wordsOf(t).length < 20 && !/[.;:,]\s*$/.test(t) && !/^(We|I)\b/.test(t);
}
