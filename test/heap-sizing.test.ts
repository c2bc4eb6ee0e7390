// The V8 heap held at one file's size for the rest of a multi-file run (src/cli/heap-sizing.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { archiveHeapFlags } from '../src/cli/heap-sizing.js';

describe('the V8 flags set after the first file', () => {
  it('are the young generation held and the old generation collected at 1.5 times its live size', () => {
    expect(archiveHeapFlags([])).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=50']);
  });

  it('leave out a flag the user gave node, in whichever spelling', () => {
    expect(archiveHeapFlags(['--heap-growing-percent=80'])).toEqual(['--semi-space-growth-factor=1']);
    expect(archiveHeapFlags(['--semi_space_growth_factor=3', '--stack-size=2000'])).toEqual(['--heap-growing-percent=50']);
    expect(archiveHeapFlags(['--heap_growing_percent', '80', '--semi-space-growth-factor=2'])).toEqual([]);
  });
});

describe('holding the heap', () => {
  // Runs the built module (dist/, made by `npm test`'s build step) in a process of its own: the
  // flags are V8's, for the whole process. The same churn of short-lived objects runs with and
  // without the hold, and the young generation's size is read before and after.
  const module = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'heap-sizing.js')).href;
  const youngGeneration = (hold: boolean): { before: number; after: number } => {
    const script = `
      import { getHeapSpaceStatistics } from 'node:v8';
      const { holdHeapAtOneFile } = await import(${JSON.stringify(module)});
      const size = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
      const before = size();
      if (${hold}) holdHeapAtOneFile();
      const ring = new Array(50000);
      for (let i = 0; i < 3e6; i++) ring[i % ring.length] = { i, text: 'x' + i };
      console.log(JSON.stringify({ before, after: size() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout);
  };

  it('stops the young generation growing, which it otherwise does under the same churn', () => {
    const free = youngGeneration(false);
    expect(free.after).toBeGreaterThanOrEqual(8 * free.before);
    const held = youngGeneration(true);
    expect(held.after).toBeLessThanOrEqual(2 * held.before);
  });
});
