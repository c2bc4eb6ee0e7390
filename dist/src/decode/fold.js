import confusables from 'unhomoglyph/data.json' with { type: 'json' };
const CONFUSABLES = confusables;
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}]$/u;
/** What a compatibility form may be read as: a Latin letter or a mark the notation gives meaning to. */
const NOTATION_CHARACTER = /^[A-Za-z[\]();:,/.]$/;
// Classes of a character, found on first sight and kept (by code point).
const KEEP = 1;
const INVISIBLE = 2;
const SPACE = 3;
const COMPATIBILITY = 4;
/** A letter with a Latin look-alike: read as it only inside a mixed word (confusableWord). */
const LOOK_ALIKE = 5;
/** Another letter, digit or mark: part of a word, never changed. */
const OTHER_WORD = 6;
const classes = new Map();
const readings = new Map();
function classOf(codePoint) {
    const known = classes.get(codePoint);
    if (known !== undefined)
        return known;
    const char = String.fromCodePoint(codePoint);
    let found = KEEP;
    const compatible = char.normalize('NFKC');
    if (codePoint === 0xa0)
        found = KEEP; // read as white space by the lexer already
    else if (DEFAULT_IGNORABLE.test(char))
        found = INVISIBLE;
    else if (SPACE_SEPARATOR.test(char))
        found = SPACE;
    else if (compatible !== char && NOTATION_CHARACTER.test(compatible)) {
        found = COMPATIBILITY;
        readings.set(codePoint, compatible);
    }
    else if (LETTER.test(char) && latinLookAlike(char) !== null) {
        found = LOOK_ALIKE;
        readings.set(codePoint, latinLookAlike(char));
    }
    else if (WORD_PART.test(char))
        found = OTHER_WORD;
    classes.set(codePoint, found);
    return found;
}
/**
 * The Latin letter a non-Latin letter looks like, by Unicode's confusables table, or null. The
 * table's prototype of the vertical stroke is `l`; an upper-case letter of that class reads as `I`.
 */
export function latinLookAlike(char) {
    if (char.charCodeAt(0) < 128)
        return null;
    const prototype = CONFUSABLES[char];
    if (prototype === undefined || !/^[A-Za-z]$/.test(prototype))
        return null;
    return prototype === 'l' && UPPER.test(char) ? 'I' : prototype;
}
/** A Latin letter as written or as a compatibility form (`Ｆ`). */
const isLatin = (codePoint) => (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122) ||
    (codePoint >= 128 && classOf(codePoint) === COMPATIBILITY && /[A-Za-z]/.test(readings.get(codePoint)));
const isWordPart = (codePoint) => {
    if (codePoint < 128)
        return (codePoint >= 48 && codePoint <= 57) || isLatin(codePoint);
    const cls = classOf(codePoint);
    return cls === LOOK_ALIKE || cls === OTHER_WORD || cls === INVISIBLE || isLatin(codePoint);
};
/**
 * Whether the word around `at` has 2 or 3 letters, at least one Latin and one look-alike, and
 * nothing else (invisible characters aside): its look-alikes are then read as Latin. Returns
 * the word's end, and the answer.
 */
function confusableWord(text, at) {
    let start = at;
    while (start > 0) {
        const before = text.codePointAt(start - 1);
        const previous = before >= 0xdc00 && before <= 0xdfff && start >= 2 ? start - 2 : start - 1;
        if (!isWordPart(text.codePointAt(previous)))
            break;
        start = previous;
    }
    let latin = 0;
    let lookAlike = 0;
    let other = 0;
    let end = start;
    while (end < text.length) {
        const codePoint = text.codePointAt(end);
        if (!isWordPart(codePoint))
            break;
        if (isLatin(codePoint))
            latin++;
        else if (codePoint >= 128 && classOf(codePoint) === LOOK_ALIKE)
            lookAlike++;
        else if (codePoint < 128 || classOf(codePoint) !== INVISIBLE)
            other++;
        end += codePoint > 0xffff ? 2 : 1;
    }
    const letters = latin + lookAlike;
    return { end, fold: latin > 0 && lookAlike > 0 && other === 0 && letters >= 2 && letters <= 3 };
}
const RULES = ['invisible-character', 'unusual-space', 'compatibility-form', 'confusable-character'];
/**
 * The changes, a column of numbers each: a draft full of invisible characters has millions, and an
 * object apiece would take ten times its size.
 */
class ChangeColumns {
    length = 0;
    from = new Int32Array(16);
    writtenFrom = new Int32Array(16);
    line = new Int32Array(16);
    column = new Int32Array(16);
    columnShift = new Int32Array(16);
    /** Index in RULES, and (bit 2) whether the reading is a character (else nothing). */
    kind = new Uint8Array(16);
    /** The character read, when one is. */
    read = new Uint16Array(16);
    push(from, writtenFrom, line, column, columnShift, rule, read) {
        if (this.length === this.from.length)
            this.grow();
        const i = this.length++;
        const reads = read.length > 0;
        this.read[i] = reads ? read.charCodeAt(0) : 0;
        this.from[i] = from;
        this.writtenFrom[i] = writtenFrom;
        this.line[i] = line;
        this.column[i] = column;
        this.columnShift[i] = columnShift;
        this.kind[i] = rule | (reads ? 4 : 0);
    }
    to(i) {
        return this.from[i] + (this.kind[i] & 4 ? 1 : 0);
    }
    grow() {
        const grown = (column) => {
            const bigger = new column.constructor(column.length * 2);
            bigger.set(column);
            return bigger;
        };
        this.from = grown(this.from);
        this.writtenFrom = grown(this.writtenFrom);
        this.line = grown(this.line);
        this.column = grown(this.column);
        this.columnShift = grown(this.columnShift);
        this.kind = grown(this.kind);
        this.read = grown(this.read);
    }
}
const NO_CHANGES = new ChangeColumns();
/**
 * The text as read, made in one buffer: a string of pieces, one per change, would take many
 * times the text's size for a text of millions of changes.
 */
function foldedTextOf(written, changes, length) {
    const units = new Uint16Array(length);
    let at = 0;
    let from = 0;
    for (let i = 0; i < changes.length; i++) {
        const until = changes.writtenFrom[i];
        for (; from < until; from++)
            units[at++] = written.charCodeAt(from);
        if (changes.kind[i] & 4)
            units[at++] = changes.read[i];
        const code = written.charCodeAt(from);
        const next = written.charCodeAt(from + 1);
        from += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    }
    for (; from < written.length; from++)
        units[at++] = written.charCodeAt(from);
    // fromCharCode keeps lone surrogates as they are (a decoder would replace them).
    const pieces = [];
    for (let start = 0; start < length; start += 8192)
        pieces.push(String.fromCharCode(...units.subarray(start, Math.min(length, start + 8192))));
    return pieces.join('');
}
/** A text as written and as read (folded), with the changes between them. */
export class FoldedText {
    written;
    text;
    changes;
    /** Tokens remap has placed: each is placed once, whichever paragraphs it is given with. */
    placed = new WeakSet();
    constructor(written, text, changes) {
        this.written = written;
        this.text = text;
        this.changes = changes;
    }
    /** How many characters the fold changed. */
    get changeCount() {
        return this.changes.length;
    }
    static of(written) {
        let changes = null;
        let copiedTo = 0;
        let foldedLength = 0;
        let line = 1;
        let column = 1;
        let shift = 0;
        let wordEnd = -1;
        let foldWord = false;
        for (let i = 0; i < written.length;) {
            const code = written.charCodeAt(i);
            if (code < 128) {
                if (code === 10) {
                    line++;
                    column = 1;
                    shift = 0;
                }
                else
                    column++;
                i++;
                continue;
            }
            const codePoint = written.codePointAt(i);
            const length = codePoint > 0xffff ? 2 : 1;
            const cls = classOf(codePoint);
            let rule = -1;
            let read = '';
            if (cls === INVISIBLE)
                rule = 0;
            else if (cls === SPACE) {
                rule = 1;
                read = ' ';
            }
            else if (cls === COMPATIBILITY) {
                rule = 2;
                read = readings.get(codePoint);
            }
            else if (cls === LOOK_ALIKE) {
                if (i >= wordEnd)
                    ({ end: wordEnd, fold: foldWord } = confusableWord(written, i));
                if (foldWord) {
                    rule = 3;
                    read = readings.get(codePoint);
                }
            }
            if (rule >= 0) {
                foldedLength += i - copiedTo;
                shift += 1 - read.length; // every reading is one character or none
                (changes ??= new ChangeColumns()).push(foldedLength, i, line, column, shift, rule, read);
                foldedLength += read.length;
                copiedTo = i + length;
            }
            column++;
            i += length;
        }
        if (!changes)
            return new FoldedText(written, written, NO_CHANGES);
        foldedLength += written.length - copiedTo;
        return new FoldedText(written, foldedTextOf(written, changes, foldedLength), changes);
    }
    /** The last change at or before folded offset `offset` (strictly before when `end`), or -1. */
    changeBefore(offset, end) {
        const { from } = this.changes;
        let low = 0;
        let high = this.changes.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (from[mid] < offset || (!end && from[mid] === offset))
                low = mid + 1;
            else
                high = mid;
        }
        return low - 1;
    }
    writtenTo(i) {
        const at = this.changes.writtenFrom[i];
        const code = this.written.charCodeAt(at);
        const next = this.written.charCodeAt(at + 1);
        return at + (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    }
    /** A folded offset as an offset of the text as written: a start skips invisible characters before it, an end does not take them in. */
    writtenOffset(offset, end = false) {
        const i = this.changeBefore(offset, end);
        if (i < 0)
            return offset;
        const to = this.changes.to(i);
        if (offset < to)
            return this.changes.writtenFrom[i];
        return this.writtenTo(i) + (offset - to);
    }
    /**
     * Tokens lexed from the folded text, placed in the text as written: the offset and column of
     * their start, and (`endOffset`, inclusive) of their end. Their images stay as read (`FRA`).
     */
    remap(tokens) {
        if (this.changes.length === 0)
            return tokens;
        for (const token of tokens) {
            if (this.placed.has(token))
                continue;
            this.placed.add(token);
            const start = token.startOffset;
            const end = start + token.image.length;
            if (this.changeBefore(end, true) < 0)
                continue; // the text as written up to its end is the text as read
            const i = this.changeBefore(start, false);
            token.endOffset = this.writtenOffset(end, true) - 1;
            if (i < 0)
                continue;
            token.startOffset = this.writtenOffset(start);
            if (this.changes.line[i] === token.startLine)
                token.startColumn = (token.startColumn ?? 1) + this.changes.columnShift[i];
        }
        return tokens;
    }
    /** The indexes [start, end) of the changes whose character as written starts in [from, to). */
    changeIndexes(from, to) {
        const { writtenFrom, length } = this.changes;
        const first = (offset) => {
            let low = 0;
            let high = length;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (writtenFrom[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            return low;
        };
        return [first(from), first(to)];
    }
    /** Where change `i`'s character as written starts and ends. */
    writtenSpan(i) {
        return [this.changes.writtenFrom[i], this.writtenTo(i)];
    }
    /** Change `i` in full. */
    change(i) {
        const changes = this.changes;
        const [writtenFrom, writtenTo] = this.writtenSpan(i);
        return {
            from: changes.from[i], to: changes.to(i), writtenFrom, writtenTo, line: changes.line[i], column: changes.column[i],
            rule: RULES[changes.kind[i] & 3], written: this.written.slice(writtenFrom, writtenTo),
            read: this.text.slice(changes.from[i], changes.to(i)), columnShift: changes.columnShift[i],
        };
    }
}
/** Where a token ends (exclusive) in the text as written: its image's length on unless the fold changed it. */
export const tokenEnd = (token) => token.endOffset !== undefined && !Number.isNaN(token.endOffset) ? token.endOffset + 1 : token.startOffset + token.image.length;
const ASCII = /^[\x00-\x7f]*$/;
/** A piece of text as read: what the fold makes of it (a label, read for its stance). */
export const readAs = (written) => (ASCII.test(written) ? written : FoldedText.of(written).text);
