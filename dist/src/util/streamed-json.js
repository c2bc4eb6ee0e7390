/**
 * A JSON document whose one long array is written item by item, so that a report over an archive
 * need not hold every item: the text is exactly `JSON.stringify(document, null, 2)` with the
 * items in place of STREAMED_ARRAY.
 */
/** Put this where the streamed array goes in the document (it must appear once). */
export const STREAMED_ARRAY = '\u0000streamed array\u0000';
/** Put this after the streamed array for a value known only at the end (given to `end`). */
export const LATE_VALUE = '\u0000late value\u0000';
const GAP = '  ';
export class StreamedJson {
    head;
    tail;
    /** The indentation of the line the array opens on; its items are one level deeper. */
    indent;
    itemCount = 0;
    headWritten = false;
    constructor(document) {
        const whole = JSON.stringify(document, null, GAP);
        const marker = JSON.stringify(STREAMED_ARRAY);
        const at = whole.indexOf(marker);
        if (at < 0)
            throw new Error('StreamedJson: the document has no STREAMED_ARRAY');
        this.head = whole.slice(0, at);
        this.tail = whole.slice(at + marker.length);
        this.indent = /^ */.exec(this.head.slice(this.head.lastIndexOf('\n') + 1))[0];
    }
    /** The text for `values`, the next items of the array (with the document's head before the first). */
    items(values) {
        let text = this.openHead();
        const inner = this.indent + GAP;
        for (const value of values) {
            // JSON text holds no raw line break inside a string, so every `\n` is the layout's own.
            text += `${this.itemCount++ === 0 ? '[\n' : ',\n'}${inner}${JSON.stringify(value, null, GAP).replace(/\n/g, `\n${inner}`)}`;
        }
        return text;
    }
    /** The text that closes the array and the document, with a final line end; `late` takes the place of LATE_VALUE. */
    end(late) {
        const close = this.itemCount === 0 ? '[]' : `\n${this.indent}]`;
        let tail = this.tail;
        const marker = JSON.stringify(LATE_VALUE);
        const at = tail.indexOf(marker);
        if (at >= 0) {
            const indent = /^ */.exec(tail.slice(tail.lastIndexOf('\n', at) + 1))[0];
            tail = tail.slice(0, at) + JSON.stringify(late ?? null, null, GAP).replace(/\n/g, `\n${indent}`) + tail.slice(at + marker.length);
        }
        return `${this.openHead()}${close}${tail}\n`;
    }
    openHead() {
        if (this.headWritten)
            return '';
        this.headWritten = true;
        return this.head;
    }
}
