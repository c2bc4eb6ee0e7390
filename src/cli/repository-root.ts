/** The root of the git repository a folder is in, for SARIF locations relative to it. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * The nearest folder from `start` upward that holds a `.git` (a folder, or a file in a worktree or
 * submodule), as `git rev-parse --show-toplevel` finds it without running git; undefined outside one.
 */
export function findRepositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `--sarif-root DIR` (checked: a folder), else the repository's root, else the working directory. */
export function sarifRoot(option: string | undefined, cwd: string): string {
  if (option === undefined) return findRepositoryRoot(cwd) ?? cwd;
  const dir = resolve(cwd, option);
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`--sarif-root: '${option}': no such folder`);
  }
  if (!isDirectory) throw new UsageError(`--sarif-root: '${option}' is not a folder`);
  return dir;
}
