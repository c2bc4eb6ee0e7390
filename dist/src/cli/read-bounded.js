/**
 * Reading one input with a cap on its size, so that no file, device or pipe can exhaust memory.
 * A regular file larger than the cap is refused from its size, unread (a sparse file of 1 GiB
 * costs nothing); anything else (standard input, a FIFO, `/dev/zero`) has no size to ask, and is
 * read a piece at a time and refused as soon as it passes the cap. The first bytes are shown to
 * `sniff` before more is read, so a binary stream that never ends is refused after one piece.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
/** The bytes `sniff` sees (fewer when the input is shorter): enough to tell text from binary. */
export const HEAD_BYTES = 64 * 1024;
/** An input larger than its cap; `size` is the file's, when its size told. */
export class TooLarge extends Error {
    maxBytes;
    size;
    constructor(maxBytes, size) {
        super(`larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
        this.size = size;
    }
}
/** The file's bytes, read as readBounded reads a descriptor. */
export function readFileBounded(path, limit) {
    const fd = openSync(path, 'r');
    try {
        return readBounded(fd, limit);
    }
    finally {
        closeSync(fd);
    }
}
/** All of `fd`'s bytes, at most `limit.maxBytes` of them (TooLarge past them). */
export function readBounded(fd, limit) {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size > limit.maxBytes)
        throw new TooLarge(limit.maxBytes, stats.size);
    // One byte more than the cap is room to see that an input passes it. A regular file is read
    // into one buffer of its size (one byte more, should it grow); a stream's buffer doubles.
    const room = limit.maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(room, stats.isFile() ? stats.size + 1 : HEAD_BYTES));
    let filled = 0;
    let sniffed = limit.sniff === undefined;
    for (;;) {
        if (filled === buffer.length) {
            if (filled === room)
                throw new TooLarge(limit.maxBytes);
            const larger = Buffer.allocUnsafe(Math.min(room, buffer.length * 2));
            buffer.copy(larger, 0, 0, filled);
            buffer = larger;
        }
        const want = sniffed ? buffer.length - filled : Math.min(buffer.length, HEAD_BYTES) - filled;
        const read = readSome(fd, buffer, filled, want);
        if (read === 0)
            break;
        filled += read;
        if (!sniffed && filled >= HEAD_BYTES) {
            sniffed = true;
            limit.sniff(buffer.subarray(0, HEAD_BYTES));
        }
    }
    if (filled > limit.maxBytes)
        throw new TooLarge(limit.maxBytes);
    const bytes = buffer.subarray(0, filled);
    if (!sniffed)
        limit.sniff(bytes);
    return bytes;
}
/** `bytes` held to `limit` as readBounded holds what it reads (an input already in memory: standard input as the tests give it). */
export function checkBounded(bytes, limit) {
    limit.sniff?.(bytes.subarray(0, HEAD_BYTES));
    if (bytes.length > limit.maxBytes)
        throw new TooLarge(limit.maxBytes);
    return bytes;
}
const pause = new Int32Array(new SharedArrayBuffer(4));
/** One read; a descriptor left non-blocking (standard input, at times) is waited on, not failed. */
function readSome(fd, buffer, offset, length) {
    for (;;) {
        try {
            return readSync(fd, buffer, offset, length, null);
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                throw error;
            Atomics.wait(pause, 0, 0, 10);
        }
    }
}
