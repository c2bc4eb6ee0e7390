/** A page number: a line of digits alone, far from the margin (a footnote mark alone on a line is nearer it). */
const PAGE_NUMBER = /^\s{20,}\d{1,3}\s*$/;
const FOOTNOTE_START = /^(\d{1,3})(?=\s|$)/;
const DIGITS_ALONE = /^(\s*)(\d{1,3})\s*$/;
/** Words after which a number is a reference, not a footnote mark (`Article 31`, `paragraph 4`). */
const REFERENCE_WORD = /(?:article|articles|paragraph|paragraphs|section|sections|chapter|annex|rule|of|and|to|than|least|within|no|number|footnote|footnotes|\d)\s+$/i;
const blank = (line) => line.replace(/[^\n]/g, ' ');
const blankRange = (line, from, to) => line.slice(0, from) + ' '.repeat(to - from) + line.slice(to);
/** Where footnote `n`'s mark stands on `line` from `from` on, as [start, end) of its digits. */
function findMark(line, n, from, allowSpaced) {
    const digits = String(n);
    for (let at = line.indexOf(digits, from); at >= 0; at = line.indexOf(digits, at + 1)) {
        const end = at + digits.length;
        const before = at > 0 ? line[at - 1] : '';
        const after = end < line.length ? line[end] : '';
        // `Article QQ.C.1055:`: a mark glued to a label's number (article 10, footnote 55).
        if (/\d/.test(before) && n >= 10 && /[A-Z]\.\d+$/.test(line.slice(0, at)) && /^(?:\s|:|\{|$)/.test(line.slice(end)))
            return [at, end];
        if (/\d/.test(before) || /[\p{L}\d]/u.test(after))
            continue;
        // `[ 27]`: a bracket holding the number alone.
        if (/\[\s*$/.test(line.slice(0, at)) && /^\s*\]/.test(line.slice(end)))
            return [at, end];
        // Glued to a word or a closer: `CA5`, `propose20`, `{Objectives}4`, `]]28`, `Chapter.32]`, `oppose:13`.
        if (/[\p{L}\]})\u201d"\u2019',;:]/u.test(before))
            return [at, end];
        if (before === '.' && /[\p{Ll})\u201d]/u.test(line[at - 2] ?? ''))
            return [at, end];
        // `1.56 In order…`: paragraph 1 with the mark of footnote 56 after its dot.
        if (before === '.' && /^\s*\d{1,2}\.$/.test(line.slice(0, at)) && /^\s/.test(after || ' '))
            return [at, end];
        // `MX 15 oppose`, `CA 95`, `right holders 196 civil`: spaced marks, only where a number is unlikely to be text.
        const spacedAfterCode = /(?<![\p{L}\d])[A-Z]{2}\s+$/u.test(line.slice(0, at));
        if (allowSpaced && before === ' ' && (n >= 20 || spacedAfterCode) && !/^[.,%]/.test(after) && !REFERENCE_WORD.test(line.slice(0, at)))
            return [at, end];
    }
    return null;
}
/** Digits glued to a delegation-like code or a stance word are footnote numbers wherever they stand. */
const GLUED_TO_CODE = /(?<![\p{L}\d])([A-Z]{2})(\d{1,3})(?![\p{L}\d])/gu;
/**
 * The layout of `text` under `profile`, or null when the profile describes none (the Kyoto
 * notation): the text is then read as it is.
 */
export function layoutOf(text, profile, stanceWords) {
    const furniture = profile.furniture.map((source) => new RegExp(source, 'u'));
    const footnotes = profile.footnotes === 'page-foot';
    const glued = profile.footnoteMarkers === 'glued';
    if (furniture.length === 0 && !footnotes && !glued)
        return null;
    const gluedToWord = stanceWords.length > 0 ? new RegExp(`(?<=\\b(?:${stanceWords.join('|')}))(\\d{1,3})(?![\\p{L}\\d])`, 'giu') : null;
    const lines = text.split('\n');
    const footnoteOfLine = new Map();
    const footnoteStarts = new Set();
    const marks = new Map();
    let nextFootnote = 1;
    let nextMark = 1;
    let inFootnote = 0;
    /** A mark alone on its line stands for the next line with text. */
    let markAwaitingLine = 0;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        const number = i + 1;
        if (line.includes('\f'))
            line = line.replace(/\f/g, ' ');
        if (furniture.some((pattern) => pattern.test(line))) {
            lines[i] = blank(line);
            continue;
        }
        if (PAGE_NUMBER.test(line)) {
            inFootnote = 0;
            lines[i] = line;
            continue;
        }
        if (footnotes) {
            const start = FOOTNOTE_START.exec(line);
            if (start && Number(start[1]) === nextFootnote) {
                inFootnote = nextFootnote++;
                nextMark = Math.max(nextMark, inFootnote + 1);
                footnoteStarts.add(number);
                line = blankRange(line, 0, start[1].length);
            }
            if (inFootnote > 0) {
                footnoteOfLine.set(number, inFootnote);
                lines[i] = glued ? unglue(line, gluedToWord) : line;
                continue;
            }
            const alone = DIGITS_ALONE.exec(line);
            if (alone && Number(alone[2]) === nextMark) {
                markAwaitingLine = nextMark++;
                lines[i] = blank(line);
                continue;
            }
            if (markAwaitingLine > 0 && line.trim() !== '') {
                marks.set(markAwaitingLine, { line: number, column: line.search(/\S/) + 1 });
                markAwaitingLine = 0;
            }
            line = blankMarks(line, number, marks, () => nextMark, () => nextMark++);
        }
        lines[i] = glued ? unglue(line, gluedToWord) : line;
    }
    return { text: lines.join('\n'), footnoteOfLine, footnoteStarts, marks };
}
/** Blanks the reference marks on one line of the main text, in their order, recording where each stands. */
function blankMarks(line, number, marks, next, advance) {
    // `430. Nothing…`: paragraph 4 with the mark of footnote 30 glued to its number.
    const numbered = /(^\s*|:\s*)(\d{1,2}?)(\d{1,3})\.(?=\s)/.exec(line);
    if (numbered && Number(numbered[3]) === next() + 1)
        advance();
    if (numbered && Number(numbered[3]) === next()) {
        const at = numbered.index + numbered[1].length + numbered[2].length;
        marks.set(next(), { line: number, column: at + 1 });
        advance();
        // The number keeps its dot right after it: `4.` and blanks where the mark was.
        line = line.slice(0, at) + '.' + ' '.repeat(numbered[3].length) + line.slice(at + numbered[3].length + 1);
    }
    for (let from = 0;;) {
        // A mark missed (or never written) must not hold up the marks after it: the next one is looked for too.
        let found = findMark(line, next(), from, true);
        if (!found) {
            found = findMark(line, next() + 1, from, true);
            if (found)
                advance();
        }
        if (!found)
            return line;
        marks.set(next(), { line: number, column: found[0] + 1 });
        advance();
        line = blankRange(line, found[0], found[1]);
        from = found[1];
    }
}
/** `CA5` -> `CA `, `propose20` -> `propose  `: footnote numbers glued to codes and stance words, wherever they stand. */
function unglue(line, gluedToWord) {
    let result = line.replace(GLUED_TO_CODE, (_, code, digits) => code + ' '.repeat(digits.length));
    if (gluedToWord)
        result = result.replace(gluedToWord, (digits) => ' '.repeat(digits.length));
    return result;
}
