/**
 * The one loop over the input files: each is read and decoded once, in argument order, parsed,
 * and handed to the command before the next is read, so a command that writes as it goes holds
 * one file at a time.
 */
import type { CliIo } from './cli-io.js';
/** One input as read: the name records carry (`-` for standard input) and its decoded text. */
export interface InputDraft {
    file: string;
    text: string;
    /** Lines where invalid bytes were replaced (the parse reports them). */
    invalidLines: number[];
    /** The encoding the bytes most likely are, when they were not valid UTF-8. */
    likelyEncoding?: string;
    /** The encoding the bytes were read in. */
    encoding?: string;
}
export declare function runFiles<Parsed>(files: readonly string[], io: CliIo, parse: (draft: InputDraft) => Parsed, consume: (parsed: Parsed, draft: InputDraft) => void | Promise<void>, 
/** `--encoding`: how every file's bytes are read (default: UTF-8, or UTF-16 or UTF-32 with a byte order mark). */
encoding?: string): Promise<void>;
