// The bundle that bin/ runs, and its code cache (bin/load-bundle.js): the cache `npm run build`
// makes is used, and a missing, foreign or damaged cache changes nothing but speed. Each case
// runs in a Node process of its own, as the binary does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const loader = pathToFileURL(join(root, 'bin', 'load-bundle.js')).href;
const draft = 'fixtures/kyoto-6227-20-annexes.txt';

/** Loads the bundle in a fresh process with `codeCache` (the built one when undefined), runs the CLI with `args`. */
function runLoaded(codeCache: string | undefined, args: string[], nodeOptions: string[] = []) {
  const script = `
    import { loadBundle, BUNDLE } from ${JSON.stringify(loader)};
    const cacheArg = ${JSON.stringify(codeCache ?? null)};
    const loaded = cacheArg === null ? loadBundle() : loadBundle(BUNDLE, cacheArg);
    process.stderr.write('cacheAccepted=' + loaded.cacheAccepted + '\\n');
    process.exitCode = await loaded.exports.main([process.argv[0], 'kyoto-parse', ...${JSON.stringify(args)}]);
  `;
  const result = spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, accepted: /cacheAccepted=true/.test(result.stderr), stderr: result.stderr };
}

const reference = spawnSync(process.execPath, [join(root, 'bin', 'kyoto-parse.js'), draft], { cwd: root, encoding: 'utf8' });

describe('the bundle and its code cache', () => {
  it('the build leaves a code cache that this Node accepts, and the output is that of the binary', () => {
    expect(reference.status).toBe(0);
    expect(reference.stdout.split('\n')).toHaveLength(1519 + 2); // header, records, final newline
    const loaded = runLoaded(undefined, [draft]);
    expect(loaded.accepted).toBe(true);
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toBe(reference.stdout);
  });

  it('a missing cache, a damaged or truncated one, one made for another bundle and another Node\'s (other V8 flags) are not used, and change nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-cache-'));
    const built = readFileSync(join(root, 'dist', 'bundle', 'kyoto-parse.cache'));
    // Bytes flipped inside V8's data, the length unchanged: V8 in a release build does not check
    // its own checksum, and would crash on it.
    const damaged = join(dir, 'damaged.cache');
    const flipped = Buffer.from(built);
    for (let i = 200_000; i < 200_064; i++) flipped[i] ^= 0xff;
    writeFileSync(damaged, flipped);
    const truncated = join(dir, 'truncated.cache');
    writeFileSync(truncated, built.subarray(0, 4096));
    // V8's own data intact, but the bundle's hash in front of it is another bundle's: V8 alone,
    // which compares only the source's length, would take it.
    const otherBundle = join(dir, 'other-bundle.cache');
    writeFileSync(otherBundle, Buffer.concat([Buffer.alloc(32, 7), built.subarray(32)]));
    const cases = [
      runLoaded(join(dir, 'missing.cache'), [draft]),
      runLoaded(damaged, [draft]),
      runLoaded(truncated, [draft]),
      runLoaded(otherBundle, [draft]),
      // A flag that changes V8's flag hash, as another Node or NODE_OPTIONS would.
      runLoaded(undefined, [draft], ['--stack-size=900']),
    ];
    for (const loaded of cases) {
      expect(loaded.stderr).toMatch(/cacheAccepted=false/);
      expect(loaded.status).toBe(0);
      expect(loaded.stdout).toBe(reference.stdout);
    }
  });

  it('calls no import(): bin/load-bundle.js compiles it as a vm.Script, which has no loader for one', () => {
    // esbuild turns an import() of a bundled module into a call; one of an external module would
    // fail at run time (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING). Node 20's way around that,
    // vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, is experimental and warns on stderr.
    const bundle = readFileSync(join(root, 'dist', 'bundle', 'kyoto-parse.cjs'), 'utf8');
    expect(bundle).toMatch(/\bmain\b/);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });

  it('is ASCII: V8 holds a source with any other character at two bytes a character, for the life of the process', () => {
    const bundle = readFileSync(join(root, 'dist', 'bundle', 'kyoto-parse.cjs'));
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('with --enable-source-maps, Node\'s own loader runs the bundle (it alone registers the source map)', () => {
    const loaded = runLoaded(undefined, ['--version'], ['--enable-source-maps']);
    expect(loaded.stderr).toMatch(/cacheAccepted=false/);
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });
});
