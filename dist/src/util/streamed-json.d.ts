/**
 * A JSON document whose one long array is written item by item, so that a report over an archive
 * need not hold every item: the text is exactly `JSON.stringify(document, null, 2)` with the
 * items in place of STREAMED_ARRAY.
 */
/** Put this where the streamed array goes in the document (it must appear once). */
export declare const STREAMED_ARRAY = "\0streamed array\0";
/** Put this after the streamed array for a value known only at the end (given to `end`). */
export declare const LATE_VALUE = "\0late value\0";
export declare class StreamedJson {
    private readonly head;
    private readonly tail;
    /** The indentation of the line the array opens on; its items are one level deeper. */
    private readonly indent;
    private itemCount;
    private headWritten;
    constructor(document: unknown);
    /** The text for `values`, the next items of the array (with the document's head before the first). */
    items(values: readonly unknown[]): string;
    /** The text that closes the array and the document, with a final line end; `late` takes the place of LATE_VALUE. */
    end(late?: unknown): string;
    private openHead;
}
