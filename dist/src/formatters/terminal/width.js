/** Widths in terminal columns, and text fitted to them. Styling is applied after layout, so widths are always of plain text. */
/** Width in terminal columns; counts code points, which holds for the codes and IDs of drafts. */
export function textWidth(text) {
    return [...text].length;
}
export function pad(text, width) {
    return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}
export function padStart(text, width) {
    return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}
/** Cuts `text` to `width` columns, marking the cut with `…` at the end (or the start). */
export function truncate(text, width, from = 'end') {
    const chars = [...text];
    if (chars.length <= width)
        return text;
    if (width <= 0)
        return '';
    if (width === 1)
        return '…';
    return from === 'end'
        ? `${chars.slice(0, width - 1).join('').trimEnd()}…`
        : `…${chars.slice(chars.length - width + 1).join('').trimStart()}`;
}
/** `word` cut into pieces of at most `size` columns. */
export function chunk(word, size) {
    const chars = [...word];
    const pieces = [];
    for (let i = 0; i < chars.length; i += size)
        pieces.push(chars.slice(i, i + size).join(''));
    return pieces;
}
/** An SGR sequence (colour, bold, dim…), which takes no column. */
const SGR = /\x1b\[[0-9;]*m/y;
/**
 * A styled line cut to `width` columns, its styling kept; a cut line ends by resetting the style.
 * For the last resort of a layout that cannot fit, so no `…`: the cut is at a column's edge.
 */
export function cutStyled(text, width) {
    let out = '';
    let columns = 0;
    let styled = false;
    for (let at = 0; at < text.length;) {
        SGR.lastIndex = at;
        const sgr = SGR.exec(text);
        if (sgr) {
            out += sgr[0];
            styled = true;
            at += sgr[0].length;
            continue;
        }
        const char = String.fromCodePoint(text.codePointAt(at));
        if (columns === width)
            return (styled ? `${out}\x1b[0m` : out).trimEnd();
        out += char;
        columns++;
        at += char.length;
    }
    return out;
}
