/** Word wrapping to a width, for plain text and for words that carry their own styling. */
import { chunk, textWidth, truncate } from './width.js';
/** Word-wraps plain text to `width`, splitting words longer than a line. */
export function wrapText(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => chunk(w, Math.max(1, width)))) {
        if (line === '')
            line = word;
        else if (textWidth(line) + 1 + textWidth(word) <= width)
            line += ` ${word}`;
        else {
            lines.push(line);
            line = word;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
/** Wraps a line that is too wide, keeping its indent and indenting continuation lines further. */
export function wrapIndented(text, width) {
    const indent = /^ */.exec(text)[0];
    const hanging = `${indent}  `;
    if (width <= hanging.length + 1)
        return wrapText(text, width);
    return wrapText(text, width - hanging.length)
        .map((line, index) => (index === 0 ? indent : hanging) + line);
}
/**
 * Words joined by spaces and wrapped to `width`: the first line starts with `first`, the next
 * ones with `rest` (both plain text, usually a label and its indent). A word wider than a line is
 * cut.
 */
export function wrapWords(words, width, first, rest = ' '.repeat(textWidth(first))) {
    const lines = [];
    let plain = first;
    let styled = first;
    let empty = true;
    const room = Math.max(1, width - Math.max(textWidth(first), textWidth(rest)));
    for (const word of words) {
        const fitted = textWidth(word.plain) > room ? { plain: truncate(word.plain, room), styled: truncate(word.plain, room) } : word;
        if (!empty && textWidth(plain) + 1 + textWidth(fitted.plain) > width) {
            lines.push(styled);
            plain = rest + fitted.plain;
            styled = rest + fitted.styled;
        }
        else {
            plain += (empty ? '' : ' ') + fitted.plain;
            styled += (empty ? '' : ' ') + fitted.styled;
        }
        empty = false;
    }
    lines.push(empty ? styled.trimEnd() : styled);
    return lines;
}
/**
 * Joins styled items with `separator`, starting a new line before an item that would pass
 * `width`. An item wider than a line on its own loses its colour rather than the width.
 */
export function joinWrapped(items, separator, width, prefix = '') {
    const lines = [];
    let plain = prefix;
    let styled = prefix;
    for (const item of items) {
        if (textWidth(item.plain) > width) {
            if (plain !== '')
                lines.push(styled);
            lines.push(...wrapText(item.plain, width));
            plain = styled = '';
            continue;
        }
        const joiner = plain === prefix || plain === '' ? '' : separator;
        if (plain !== '' && textWidth(plain + joiner + item.plain) > width) {
            lines.push(styled.trimEnd()); // trimEnd: the line may hold just the prefix
            plain = item.plain;
            styled = item.styled;
        }
        else {
            plain += joiner + item.plain;
            styled += joiner + item.styled;
        }
    }
    if (plain !== '')
        lines.push(styled);
    return lines;
}
