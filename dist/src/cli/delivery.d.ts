import type { CliIo } from './cli-io.js';
/** Writes one piece of streamed output (text, or bytes: a workbook); resolves once it is written. */
export type Write = (text: string | Uint8Array) => Promise<void>;
/** What streamed output does when its reader goes away (`| head -1`). */
export type ClosedPipe = 
/** End the program quietly with status 0: nothing more is worth doing. */
'exit'
/** Write nothing more but let the command run to its end, so its exit status still counts every input (`check`). */
 | 'finish';
/** Where the output goes: `-o FILE`, else stdout. */
export interface Destination {
    output?: string;
    /** The inputs, which `-o` may never overwrite. */
    inputs: readonly string[];
    io: CliIo;
}
/**
 * Output written piece by piece: `produce` calls `write` for each piece, each write awaited, so no
 * more than one piece waits in memory. `-o FILE` appears whole or not at all.
 */
export declare function deliverStream(to: Destination, produce: (write: Write) => Promise<void>, onClosedPipe?: ClosedPipe): Promise<void>;
/** The whole text (or the bytes of a workbook) at once, as deliverStream does with one piece. */
export declare function deliver(text: string | Uint8Array, to: Destination): Promise<void>;
/** `write` in batches: `add` sends the gathered text once it is BATCH_SIZE long, `flush` sends the rest. */
export declare function batchedWrite(write: (text: string) => Promise<void>): {
    add: (text: string) => Promise<void>;
    flush: () => Promise<void>;
};
