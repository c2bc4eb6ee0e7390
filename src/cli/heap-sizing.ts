/**
 * Holding V8's heap at the size one file needs, for the rest of a run over many files.
 *
 * V8's defaults size the heap for throughput: over a long run the young generation grows to its
 * maximum (2 × 16 MB) and old-generation garbage piles up to about four times the live heap before
 * a full collection. A run over an archive works file by file and needs no more heap for the 300th
 * file than for the first, so once the first file is done the heap is held where that file left
 * it: the young generation stops growing and the old generation is collected at 1.5 times its
 * live size. Peak memory then stays near one file's (the bench measures it), for no measured loss
 * of speed.
 *
 * Node has no API for heap sizing at run time other than `v8.setFlagsFromString`. The two flags
 * are read by V8 at each collection, so setting them mid-run takes effect at once; a V8 that
 * ignored them would only leave memory where its defaults put it. Flags the user gave node
 * (`node --heap-growing-percent=80 …`) are left as given.
 */
import { setFlagsFromString } from 'node:v8';

/** The flags, by name (as V8 spells it, with dashes) and the value set after the first file. */
const ARCHIVE_HEAP_FLAGS: readonly (readonly [name: string, value: string])[] = [
  ['semi-space-growth-factor', '1'],
  ['heap-growing-percent', '50'],
];

/** V8 accepts `_` for `-` in flag names, and `--no-` in front of boolean ones. */
const flagName = (argument: string): string =>
  argument.replace(/^--?(no-?)?/, '').split('=')[0]!.replace(/_/g, '-');

/** The `--name=value` flags to set, leaving out any that `nodeArguments` (node's own command line) already sets. */
export function archiveHeapFlags(nodeArguments: readonly string[]): string[] {
  const given = new Set(nodeArguments.map(flagName));
  return ARCHIVE_HEAP_FLAGS.filter(([name]) => !given.has(name)).map(([name, value]) => `--${name}=${value}`);
}

let held = false;

/** Call when a file of a multi-file run is done; the first call holds the heap, later calls do nothing. */
export function holdHeapAtOneFile(): void {
  if (held) return;
  held = true;
  for (const flag of archiveHeapFlags(process.execArgv)) setFlagsFromString(flag);
}
