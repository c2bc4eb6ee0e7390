// Loads the bundled CLI (dist/bundle/kyoto-parse.cjs) with V8's code cache beside it, so that
// start-up deserialises bytecode instead of parsing and compiling 400 KB of source. Node 20 has
// no compile cache of its own (module.enableCompileCache came in Node 22), and a cache made at
// compile time, as `v8-compile-cache` makes it, holds the top level alone; this one is made
// after a run (scripts/code-cache.js). A missing cache, one made for another build of the
// bundle, a damaged one, or one V8 rejects (another Node version, other V8 flags) only means
// compiling from source, as without it. Nothing is written at run time.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/kyoto-parse.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/bundle/kyoto-parse.cache', import.meta.url));

/**
 * The cache file is a SHA-256 of the bundle it was made for and of V8's data, then V8's data.
 * V8 itself checks only the source's length and, in release builds, not its own checksum:
 * bytecode run against other source would be silently wrong, and damaged data crashes V8.
 */
const HASH_LENGTH = 32;
const sealOf = (bundle, data) => createHash('sha256').update(bundle).update(data).digest();

/**
 * Runs the bundle as Node runs a CommonJS module and returns its exports. `cacheAccepted` says
 * whether V8 used the code cache; `saveCodeCache()` writes the cache of what has run so far.
 */
export function loadBundle(bundle = BUNDLE, codeCache = CODE_CACHE) {
  if (process.sourceMapsEnabled) {
    // `--enable-source-maps`: only Node's own loader registers the bundle's source map.
    const saveCodeCache = () => {
      throw new Error('no code cache under --enable-source-maps: Node\'s loader, not this one, compiled the bundle');
    };
    return { exports: createRequire(import.meta.url)(bundle), cacheAccepted: false, saveCodeCache };
  }
  const bytes = readFileSync(bundle);
  const cachedData = cacheFor(bytes, codeCache);
  // No import() in the bundle (test/bundle.test.ts): a vm.Script has no module loader for one.
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache: () => {
      const data = script.createCachedData();
      writeFileSync(codeCache, Buffer.concat([sealOf(bytes, data), data]));
    },
  };
}

/** V8's data from the cache file, if there is one, made for this bundle and intact. */
function cacheFor(bundle, codeCache) {
  let file;
  try {
    file = readFileSync(codeCache);
  } catch {
    return undefined;
  }
  if (file.length <= HASH_LENGTH) return undefined;
  const data = file.subarray(HASH_LENGTH);
  return sealOf(bundle, data).equals(file.subarray(0, HASH_LENGTH)) ? data : undefined;
}
