/**
 * What `-o FILE` names, decided before anything is written: never one of the run's inputs (by
 * device and inode, so every way of naming a file is the same file: a symbolic or hard link, a
 * `..` path, standard input redirected from it), never a folder; and how it is written: a regular
 * file (or a new one) is replaced whole, through its symbolic links; anything else (a device, a
 * FIFO, `/dev/stdout`, `/proc/self/fd/N`) is written into, never renamed over.
 */
import { type Stats } from 'node:fs';
import { UsageError } from './usage-error.js';
/** How `-o FILE` is written. */
export type OutputPlan = 
/** A regular file, or none yet: written beside `path` (the last link's target) and renamed over it; `existing` gives its mode and owner. */
{
    kind: 'replace';
    path: string;
    existing?: Stats;
}
/** A device, a FIFO, an open descriptor: opened and written into, as the shell's `>` does. */
 | {
    kind: 'into';
    path: string;
}
/** The process's own standard output under another name (`/dev/stdout`, `/proc/self/fd/1`): written there, as `-o -`. */
 | {
    kind: 'stdout';
};
export declare function cannotWrite(file: string, why: unknown): UsageError;
/**
 * Everything `-o FILE` must be, checked before any work: a file name (not ending in `/`), a
 * working directory to be relative to, and none of `inputs` (`-`: standard input).
 */
export declare function checkOutputTarget(file: string, inputs: readonly string[]): void;
/**
 * Refuses an output file that is a regular file the run reads: the same device and inode, found
 * through every link. Standard input (`-`) counts when it is redirected from a regular file.
 * Devices and FIFOs are left out: writing one does not destroy what another name reads.
 */
export declare function assertNotAnInput(file: string, inputs: readonly string[]): void;
/** How `file` is written; a fault (a folder, a loop of links) is a UsageError naming it. */
export declare function outputPlan(file: string): OutputPlan;
