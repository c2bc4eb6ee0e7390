// The bundle that bin/kyoto-parse.js runs (dist/bundle/, made by `npm run dist`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bundleDir = join(root, 'dist', 'bundle');

describe('the bundle', () => {
  it('is the one file bin/ loads: no code cache, no worker, no source map beside it', () => {
    expect(readdirSync(bundleDir)).toEqual(['kyoto-parse.cjs']);
  });

  it('is ASCII: V8 holds a source with any other character at two bytes a character, for the life of the process', () => {
    const bundle = readFileSync(join(bundleDir, 'kyoto-parse.cjs'));
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('runs the draft through bin/ and writes nothing but its output; Node 22+ alone keeps a compile cache in the temporary folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kyoto-bundle-'));
    try {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'kyoto-parse.js'), 'fixtures/kyoto-6227-20-annexes.txt'], {
        cwd: root, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined },
      });
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(1519 + 2); // header, records, final newline
      // module.enableCompileCache() came in Node 22.1; on Node 20 bin/ must not try anything else.
      const major = Number(process.versions.node.split('.')[0]);
      expect(readdirSync(tmp)).toEqual(major >= 22 ? ['node-compile-cache'] : []);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
