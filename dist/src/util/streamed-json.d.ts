/**
 * A JSON document whose long arrays are written item by item, so that a report over an archive
 * need not hold every item: the text is exactly `JSON.stringify(document, null, 2)` with the
 * items in place of each streamed array's marker.
 */
/** Put this where a streamed array goes in the document; each name once, the arrays then filled in document order. */
export declare const streamedArray: (name: string) => string;
/** The marker of a document's one streamed array. */
export declare const STREAMED_ARRAY: string;
/** Put this after the streamed arrays for a value known only at the end (given to `end`). */
export declare const LATE_VALUE = "\0late value\0";
export declare class StreamedJson {
    /** The text around the arrays: before the first, between each two, after the last. */
    private readonly between;
    private readonly names;
    /** The indentation of the line each array opens on; its items are one level deeper. */
    private readonly indents;
    /** The array being written (-1 before the first); those before it are closed. */
    private current;
    private itemCount;
    constructor(document: unknown);
    /** The text for `values`, the next items of the array `name` (the first by default), after the text up to it. */
    items(values: readonly unknown[], name?: string): string;
    /** The text that closes the arrays and the document, with a final line end; `late` takes the place of LATE_VALUE. */
    end(late?: unknown): string;
    /** Closes the open array and those skipped, and writes the text up to array `to` (opened, still empty). */
    private moveTo;
}
/**
 * The text JSON.stringify(object, null, 2) gives an object of these members (array-index keys
 * first, then the others in the order given) at `indent`, a member at a time: an object of
 * 200,000 members need never be held. `members` is asked for twice.
 */
export declare function objectPieces(members: () => Iterable<readonly [string, unknown]>, indent: string): Generator<string>;
