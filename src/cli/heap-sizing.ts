/**
 * Keeping V8's heap near one file's size over a run of many files (the records CSV, `check`).
 *
 * V8's defaults size the heap for a long-running server: over a long run the young generation
 * grows to 2 × 16 MiB, and old-generation garbage piles up to about four times the live heap
 * before a full collection. kyoto-parse works file by file and needs no more heap for the 300th
 * file than for the first, so between files it asks V8 for less: the old generation collected at
 * 1.5 times its live size, and the young generation stopped at half its maximum. On 300 drafts
 * this took peak memory from 138 to 93 MiB at no measurable cost in time (`npm run bench`).
 *
 * Node's only way to tune the heap at run time is `v8.setFlagsFromString`; the two flags are
 * read at each collection, so they take effect mid-run. The hold is left out
 * - where the user sizes the heap (any such flag to node or in NODE_OPTIONS), or turns the hold off
 *   (KYOTO_PARSE_HEAP_HOLD=0);
 * - on a V8 other than Node 20's, where it was measured: flags change between versions, and V8
 *   prints an error for one it does not know.
 * With `--jobs`, only the main thread calls it, and its young generation rarely reaches the cap:
 * the workers' grow as V8 decides (holding them too cost up to a fifth more time in our runs;
 * `--jobs` is for speed).
 * Setting a flag changes V8's flag hash, after which a code cache or worker made in the process
 * starts cold: the CLI creates its workers (worker-pool.ts) and scripts/code-cache.js saves the
 * cache before any hold.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's size (both semi-spaces) at which it stops growing; V8 would double it. */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;
const STOP_YOUNG_GROWTH = '--semi-space-growth-factor=1';
const OLD_GENERATION_GROWTH = '--heap-growing-percent=50';

/** A node or V8 option that sizes the heap, in either spelling (`-` or `_`). */
const HEAP_OPTION = /^--?(max|min|initial)?[-_]?(semi[-_]space|heap[-_]growing|old[-_]space|heap[-_]size|young[-_]generation)/;

/** Whether to hold the heap, given the environment, node's own arguments and V8's version. */
export function heapHoldWanted(env: NodeJS.ProcessEnv, nodeArguments: readonly string[], v8Version: string): boolean {
  if (env.KYOTO_PARSE_HEAP_HOLD === '0' || !v8Version.startsWith('11.')) return false;
  const given = [...nodeArguments, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  return !given.some((argument) => HEAP_OPTION.test(argument));
}

const youngGenerationSize = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

let wanted: boolean | undefined;
let oldGenerationSet = false;
let youngGenerationHeld = false;

/**
 * Call when each file of a run of `filesInRun` is done. In a run of several files the old
 * generation is held at once, the young once it reaches its cap; a one-file run is left as it is.
 */
export function holdHeapAfterFile(filesInRun: number): void {
  if (filesInRun < 2) return;
  wanted ??= heapHoldWanted(process.env, process.execArgv, process.versions.v8);
  if (!wanted || youngGenerationHeld) return;
  if (!oldGenerationSet) {
    setFlagsFromString(OLD_GENERATION_GROWTH);
    oldGenerationSet = true;
  }
  if (youngGenerationSize() >= YOUNG_GENERATION_CAP) {
    setFlagsFromString(STOP_YOUNG_GROWTH);
    youngGenerationHeld = true;
  }
}
