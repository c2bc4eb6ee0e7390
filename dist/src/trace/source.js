export function sourceOf(input) {
    let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.includes('\r'))
        text = text.replace(/\r\n?/g, '\n');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    return { text, lineStarts };
}
/** Offset of a 1-based line and column. */
export const offsetOf = (src, line, column) => (src.lineStarts[line - 1] ?? src.text.length) + column - 1;
/** 1-based line and column of an offset. */
export function positionOf(src, offset) {
    let lo = 0;
    let hi = src.lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (src.lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - src.lineStarts[lo] + 1 };
}
/** The text of lines `from`..`to` (inclusive), page-number lines blanked. */
export function linesOf(src, from, to) {
    const start = src.lineStarts[from - 1] ?? src.text.length;
    const end = to < src.lineStarts.length ? src.lineStarts[to] - 1 : src.text.length;
    return src.text.slice(start, end).replace(/^[ \t]*\d{1,3}[ \t]*$/gm, '');
}
