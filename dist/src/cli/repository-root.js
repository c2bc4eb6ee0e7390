/** The root of the git repository a folder is in, for SARIF locations relative to it. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fileUri, SRCROOT } from '../formatters/check/sarif.js';
import { UsageError } from './usage-error.js';
/**
 * The nearest folder from `start` upward that holds a `.git` (a folder, or a file in a worktree or
 * submodule), as `git rev-parse --show-toplevel` finds it without running git; undefined outside one.
 */
export function findRepositoryRoot(start) {
    let dir = resolve(start);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** `--sarif-root DIR` (checked: a folder), else the repository's root, else the working directory. */
export function sarifRoot(option, cwd) {
    if (option === undefined)
        return findRepositoryRoot(cwd) ?? cwd;
    const dir = resolve(cwd, option);
    let isDirectory = false;
    try {
        isDirectory = statSync(dir).isDirectory();
    }
    catch {
        throw new UsageError(`--sarif-root: '${option}': no such folder`);
    }
    if (!isDirectory)
        throw new UsageError(`--sarif-root: '${option}' is not a folder`);
    return dir;
}
/**
 * SARIF's view of the files: each input (read from `cwd`) relative to `root` under %SRCROOT%, or
 * as an absolute file URI outside it; links resolved, so a subfolder or an absolute path names a
 * file the same way.
 */
export function sarifPlacement(root, cwd) {
    const realRoot = real(root);
    return {
        rootUri: pathToFileURL(realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`).href,
        locate: (file) => {
            const absolute = real(resolve(cwd, file));
            const inside = relative(realRoot, absolute);
            return inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)
                ? { uri: pathToFileURL(absolute).href }
                : { uri: fileUri(inside), uriBaseId: SRCROOT };
        },
    };
}
/** The size GitHub counts against its upload limit: gzip's (at its fastest level). */
export const gzippedSize = (text) => gzipSync(text, { level: 1 }).length;
function real(path) {
    try {
        return realpathSync.native(path);
    }
    catch {
        return path;
    }
}
