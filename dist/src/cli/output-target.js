/**
 * What `-o FILE` names, decided before anything is written: never one of the run's inputs (by
 * device and inode, so every way of naming a file is the same file: a symbolic or hard link, a
 * `..` path, standard input redirected from it), never a folder; and how it is written: a regular
 * file (or a new one) is replaced whole, through its symbolic links; anything else (a device, a
 * FIFO, `/dev/stdout`, `/proc/self/fd/N`) is written into, never renamed over.
 */
import { fstatSync, lstatSync, readlinkSync, statfsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, sep } from 'node:path';
import { reason } from './system-errors.js';
import { UsageError } from './usage-error.js';
export function cannotWrite(file, why) {
    return new UsageError(`cannot write '${file}': ${typeof why === 'string' ? why : reason(why)}`);
}
/**
 * Everything `-o FILE` must be, checked before any work: a file name (not ending in `/`), a
 * working directory to be relative to, and none of `inputs` (`-`: standard input).
 */
export function checkOutputTarget(file, inputs) {
    if (file.endsWith('/') || file.endsWith(sep))
        throw new UsageError(`-o '${file}': a file name cannot end with '${sep}' (that names a folder)`);
    if (!isAbsolute(file) && !workingDirectoryExists()) {
        throw cannotWrite(file, 'the working directory no longer exists (it was deleted): give an absolute path, or change to a folder that exists');
    }
    assertNotAnInput(file, inputs);
}
function workingDirectoryExists() {
    try {
        process.cwd();
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Refuses an output file that is a regular file the run reads: the same device and inode, found
 * through every link. Standard input (`-`) counts when it is redirected from a regular file.
 * Devices and FIFOs are left out: writing one does not destroy what another name reads.
 */
export function assertNotAnInput(file, inputs) {
    const target = regularFile(() => statSync(file));
    if (!target)
        return;
    for (const input of inputs) {
        const stdin = input === '-';
        const read = regularFile(() => (stdin ? fstatSync(0) : statSync(input)));
        if (read && read.dev === target.dev && read.ino === target.ino) {
            throw new UsageError(stdin
                ? `refusing to write '${file}': it is the file standard input is read from (an input file)`
                : `refusing to write '${file}': it is one of the input files${input === file ? '' : ` ('${input}')`}`);
        }
    }
}
function regularFile(stat) {
    try {
        const stats = stat();
        return stats.isFile() ? stats : undefined;
    }
    catch {
        return undefined; // missing or unreadable: nothing that could be overwritten is read from it
    }
}
/** Linux's `/proc` (PROC_SUPER_MAGIC): its links name open descriptors, not paths to rename over. */
const PROC_FILE_SYSTEM = 0x9fa0;
/** As the kernel's own limit on links followed in one lookup. */
const MAX_LINKS = 40;
/** How `file` is written; a fault (a folder, a loop of links) is a UsageError naming it. */
export function outputPlan(file) {
    let stats;
    try {
        stats = statSync(file);
    }
    catch (error) {
        // Missing (or a link to a missing file): created. Anything else (a loop of links) is said now.
        if (error.code !== 'ENOENT')
            throw cannotWrite(file, error);
    }
    if (stats?.isDirectory())
        throw cannotWrite(file, 'is a directory');
    const into = () => (stats && isStandardOutput(stats) ? { kind: 'stdout' } : { kind: 'into', path: file });
    if (stats && !stats.isFile())
        return into();
    const { path, descriptor } = lastTarget(file);
    if (descriptor)
        return into();
    if (stats) {
        // The link chain must end at the very file `file` names; if not (a bind mount, a race), write into it.
        const final = regularFile(() => statSync(path));
        if (!final || final.dev !== stats.dev || final.ino !== stats.ino)
            return into();
    }
    return { kind: 'replace', path, existing: stats };
}
/** Whether `stats` are standard output's: a socket (Node's own pipes) cannot be opened by name, and stdout keeps the shell's place in a file. */
function isStandardOutput(stats) {
    try {
        const stdout = fstatSync(1);
        return stdout.dev === stats.dev && stdout.ino === stats.ino;
    }
    catch {
        return false; // standard output is closed
    }
}
/**
 * The path `file`'s symbolic links lead to, followed one by one (a dangling link leads to the
 * file to create); `descriptor` when a link is one of `/proc`'s, which name open descriptors.
 */
function lastTarget(file) {
    let path = file;
    for (let links = 0; links <= MAX_LINKS; links++) {
        let target;
        try {
            if (!lstatSync(path).isSymbolicLink())
                return { path, descriptor: false };
            if (inProc(path))
                return { path, descriptor: true };
            target = readlinkSync(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { path, descriptor: false };
            throw cannotWrite(file, error);
        }
        // Not normalised: `..` after a linked folder is the kernel's to resolve, as it does on opening.
        path = isAbsolute(target) ? target : `${dirname(path)}${sep}${target}`;
    }
    throw cannotWrite(file, { code: 'ELOOP' });
}
function inProc(path) {
    try {
        return statfsSync(dirname(path)).type === PROC_FILE_SYSTEM;
    }
    catch {
        return false;
    }
}
