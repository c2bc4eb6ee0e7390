// V8's heap kept near one file's size over a multi-file run (src/cli/heap-sizing.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heapHoldWanted, YOUNG_GENERATION_CAP } from '../src/cli/heap-sizing.js';

const NODE_20_V8 = '11.3.244.8-node.33';

describe('whether the heap is held', () => {
  it('by default, on Node 20', () => {
    expect(heapHoldWanted({}, [], NODE_20_V8)).toBe(true);
    expect(heapHoldWanted({ NODE_OPTIONS: '--enable-source-maps' }, ['--stack-size=2000'], NODE_20_V8)).toBe(true);
  });

  it('not when the user sizes the heap, on node\'s command line or in NODE_OPTIONS, in either spelling', () => {
    for (const option of ['--max-semi-space-size=32', '--semi_space_growth_factor=3', '--heap-growing-percent=80', '--max-old-space-size=4096', '--initial-heap-size=64']) {
      expect(heapHoldWanted({}, [option], NODE_20_V8)).toBe(false);
      expect(heapHoldWanted({ NODE_OPTIONS: `--enable-source-maps ${option}` }, [], NODE_20_V8)).toBe(false);
    }
  });

  it('not when KYOTO_PARSE_HEAP_HOLD=0, nor on a V8 it was not measured on', () => {
    expect(heapHoldWanted({ KYOTO_PARSE_HEAP_HOLD: '0' }, [], NODE_20_V8)).toBe(false);
    expect(heapHoldWanted({}, [], '12.4.254.21-node.33')).toBe(false);
  });
});

describe('holding the heap', () => {
  // Runs the built module (dist/, made by `npm test`'s build step) in a process of its own: the
  // flags are V8's, for the whole process. The same churn of short-lived objects runs in 60
  // "files", with and without a call to the hold after each, and the young generation's size is
  // read at the end.
  const module = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'heap-sizing.js')).href;
  const youngGenerationAfterChurn = (env: Record<string, string>, filesInRun = 60): number => {
    const script = `
      import { getHeapSpaceStatistics } from 'node:v8';
      const { holdHeapAfterFile } = await import(${JSON.stringify(module)});
      const ring = new Array(50000);
      for (let file = 0; file < 60; file++) {
        for (let i = 0; i < 50000; i++) ring[(file * 50000 + i) % ring.length] = { i, text: 'x' + i };
        holdHeapAfterFile(${filesInRun});
      }
      console.log(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(result.stderr).toBe('');
    return Number(result.stdout);
  };

  it('stops the young generation at its cap, past which it otherwise grows under the same churn', () => {
    const supported = heapHoldWanted({}, [], process.versions.v8);
    const free = youngGenerationAfterChurn({ KYOTO_PARSE_HEAP_HOLD: '0' });
    expect(free).toBeGreaterThan(YOUNG_GENERATION_CAP);
    const held = youngGenerationAfterChurn({ KYOTO_PARSE_HEAP_HOLD: '' });
    // On another V8 the hold is left out, and the young generation grows as V8 decides.
    if (supported) expect(held).toBe(YOUNG_GENERATION_CAP);
    else expect(held).toBe(free);
  });

  it('leaves a one-file run alone', () => {
    const free = youngGenerationAfterChurn({ KYOTO_PARSE_HEAP_HOLD: '0' });
    expect(youngGenerationAfterChurn({ KYOTO_PARSE_HEAP_HOLD: '' }, 1)).toBe(free);
  });
});

describe('the command line over many files', () => {
  // The real binary over 40 copies of the reference draft, with a module preloaded that says the
  // young generation's size as the process exits: held at the cap, or grown past it with the hold off.
  const root = join(import.meta.dirname, '..');
  const exitHook = `data:text/javascript,${encodeURIComponent(`
    import { getHeapSpaceStatistics } from 'node:v8';
    process.on('exit', () => process.stderr.write('young generation ' + getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));
  `)}`;
  const files = Array<string>(40).fill('fixtures/kyoto-6227-20-annexes.txt');
  const youngGenerationAtExit = (command: string[], hold: boolean): number => {
    const result = spawnSync(process.execPath, ['--import', exitHook, join(root, 'bin', 'kyoto-parse.js'), ...command, ...files, '-o', '/dev/null'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, KYOTO_PARSE_HEAP_HOLD: hold ? '' : '0' },
    });
    return Number(/young generation (\d+)/.exec(result.stderr)?.[1]);
  };

  for (const [name, command] of [['the records CSV', []], ['check', ['check']]] as const) {
    it(`${name} holds the heap between files`, () => {
      const free = youngGenerationAtExit([...command], false);
      expect(free).toBeGreaterThan(YOUNG_GENERATION_CAP);
      // On another V8 the hold is left out, and the young generation grows as V8 decides.
      const supported = heapHoldWanted({}, [], process.versions.v8);
      expect(youngGenerationAtExit([...command], true)).toBe(supported ? YOUNG_GENERATION_CAP : free);
    });
  }
});
