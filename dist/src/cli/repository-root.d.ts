import type { SarifPlacement } from '../formatters/check/findings-report.js';
/**
 * The nearest folder from `start` upward that holds a `.git` (a folder, or a file in a worktree or
 * submodule), as `git rev-parse --show-toplevel` finds it without running git; undefined outside one.
 */
export declare function findRepositoryRoot(start: string): string | undefined;
/** `--sarif-root DIR` (checked: a folder), else the repository's root, else the working directory. */
export declare function sarifRoot(option: string | undefined, cwd: string): string;
/**
 * SARIF's view of the files: each input (read from `cwd`) relative to `root` under %SRCROOT%, or
 * as an absolute file URI outside it; links resolved, so a subfolder or an absolute path names a
 * file the same way.
 */
export declare function sarifPlacement(root: string, cwd: string): SarifPlacement;
/** The size GitHub counts against its upload limit: gzip's (at its fastest level). */
export declare const gzippedSize: (text: string) => number;
