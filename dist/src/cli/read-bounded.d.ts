/** The bytes `sniff` sees (fewer when the input is shorter): enough to tell text from binary. */
export declare const HEAD_BYTES: number;
export interface ReadLimit {
    /** The most bytes read; an input with more is refused (TooLarge). */
    maxBytes: number;
    /** Sees the first HEAD_BYTES before anything more is read; throws to refuse the input. */
    sniff?(head: Buffer): void;
}
/** An input larger than its cap; `size` is the file's, when its size told. */
export declare class TooLarge extends Error {
    readonly maxBytes: number;
    readonly size?: number | undefined;
    constructor(maxBytes: number, size?: number | undefined);
}
/** The file's bytes, read as readBounded reads a descriptor. */
export declare function readFileBounded(path: string | Buffer, limit: ReadLimit): Buffer;
/** All of `fd`'s bytes, at most `limit.maxBytes` of them (TooLarge past them). */
export declare function readBounded(fd: number, limit: ReadLimit): Buffer;
/** `bytes` held to `limit` as readBounded holds what it reads (an input already in memory: standard input as the tests give it). */
export declare function checkBounded(bytes: Buffer, limit: ReadLimit): Buffer;
