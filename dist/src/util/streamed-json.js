/**
 * A JSON document whose long arrays are written item by item, so that a report over an archive
 * need not hold every item: the text is exactly `JSON.stringify(document, null, 2)` with the
 * items in place of each streamed array's marker.
 */
/** Put this where a streamed array goes in the document; each name once, the arrays then filled in document order. */
export const streamedArray = (name) => `\u0000streamed array ${name}\u0000`;
/** The marker of a document's one streamed array. */
export const STREAMED_ARRAY = streamedArray('');
/** Put this after the streamed arrays for a value known only at the end (given to `end`). */
export const LATE_VALUE = '\u0000late value\u0000';
const GAP = '  ';
const MARKER = /"\\u0000streamed array ([^"\\]*)\\u0000"/g;
export class StreamedJson {
    /** The text around the arrays: before the first, between each two, after the last. */
    between = [];
    names = [];
    /** The indentation of the line each array opens on; its items are one level deeper. */
    indents = [];
    /** The array being written (-1 before the first); those before it are closed. */
    current = -1;
    itemCount = 0;
    constructor(document) {
        const whole = JSON.stringify(document, null, GAP);
        let from = 0;
        for (const marker of whole.matchAll(MARKER)) {
            const before = whole.slice(from, marker.index);
            this.between.push(before);
            this.names.push(marker[1]);
            this.indents.push(/^ */.exec(whole.slice(whole.lastIndexOf('\n', marker.index) + 1))[0]);
            from = marker.index + marker[0].length;
        }
        if (this.names.length === 0)
            throw new Error('StreamedJson: the document has no streamed array');
        if (new Set(this.names).size < this.names.length)
            throw new Error('StreamedJson: an array is marked twice');
        this.between.push(whole.slice(from));
    }
    /** The text for `values`, the next items of the array `name` (the first by default), after the text up to it. */
    items(values, name = this.names[0]) {
        const to = this.names.indexOf(name);
        if (to < 0)
            throw new Error(`StreamedJson: no array '${name}'`);
        let text = this.moveTo(to, name);
        const inner = this.indents[this.current] + GAP;
        for (const value of values) {
            // JSON text holds no raw line break inside a string, so every `\n` is the layout's own.
            text += `${this.itemCount++ === 0 ? '[\n' : ',\n'}${inner}${JSON.stringify(value, null, GAP).replace(/\n/g, `\n${inner}`)}`;
        }
        return text;
    }
    /** The text that closes the arrays and the document, with a final line end; `late` takes the place of LATE_VALUE. */
    end(late) {
        let text = this.moveTo(this.names.length, 'the end');
        const marker = JSON.stringify(LATE_VALUE);
        const at = text.indexOf(marker);
        if (at >= 0) {
            const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))[0];
            text = text.slice(0, at) + JSON.stringify(late ?? null, null, GAP).replace(/\n/g, `\n${indent}`) + text.slice(at + marker.length);
        }
        return `${text}\n`;
    }
    /** Closes the open array and those skipped, and writes the text up to array `to` (opened, still empty). */
    moveTo(to, name) {
        if (to < this.current)
            throw new Error(`StreamedJson: ${name === 'the end' ? name : `array '${name}'`} after '${this.names[this.current]}'`);
        if (to === this.current)
            return '';
        let text = '';
        for (; this.current < to; this.current++) {
            if (this.current >= 0)
                text += this.itemCount === 0 ? '[]' : `\n${this.indents[this.current]}]`;
            text += this.between[this.current + 1];
            this.itemCount = 0;
        }
        return text;
    }
}
/** Whether JSON.stringify writes `key` before the others: an array index (`"0"` to `"4294967294"`) comes first, in numeric order, as in every JS object. */
const isArrayIndex = (key) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) <= 4294967294;
/**
 * The text JSON.stringify(object, null, 2) gives an object of these members (array-index keys
 * first, then the others in the order given) at `indent`, a member at a time: an object of
 * 200,000 members need never be held. `members` is asked for twice.
 */
export function* objectPieces(members, indent) {
    const inner = indent + GAP;
    let count = 0;
    const member = (key, value) => `${count++ === 0 ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: ${JSON.stringify(value, null, GAP).replace(/\n/g, `\n${inner}`)}`;
    const indexed = [];
    for (const entry of members())
        if (isArrayIndex(entry[0]))
            indexed.push(entry);
    indexed.sort(([a], [b]) => Number(a) - Number(b));
    for (const [key, value] of indexed)
        yield member(key, value);
    for (const [key, value] of members())
        if (!isArrayIndex(key))
            yield member(key, value);
    yield count === 0 ? '{}' : `\n${indent}}`;
}
