// Loads the bundled CLI (dist/bundle/kyoto-parse.cjs) with V8's code cache beside it, so that
// start-up deserialises bytecode instead of parsing and compiling 400 KB of source. Node 20 has
// no compile cache of its own (module.enableCompileCache came in Node 22), and a cache made at
// compile time, as `v8-compile-cache` makes it, holds the top level alone; this one is made
// after a run (scripts/code-cache.js). A missing cache, one made for another build of the
// bundle, or one V8 rejects (another Node version, other V8 flags) only means compiling from
// source, as without it. Nothing is written at run time.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/kyoto-parse.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/bundle/kyoto-parse.cache', import.meta.url));

/**
 * The cache file is the SHA-256 of the bundle it was made for, then V8's data. V8 itself checks
 * only the source's length, and bytecode run against other source would be silently wrong.
 */
const HASH_LENGTH = 32;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/**
 * Runs the bundle as Node runs a CommonJS module and returns its exports. `cacheAccepted` says
 * whether V8 used the code cache; `saveCodeCache()` writes the cache of what has run so far.
 */
export function loadBundle(bundle = BUNDLE, codeCache = CODE_CACHE) {
  if (process.sourceMapsEnabled) {
    // `--enable-source-maps`: only Node's own loader registers the bundle's source map.
    return { exports: createRequire(import.meta.url)(bundle), cacheAccepted: false, saveCodeCache: () => {} };
  }
  const bytes = readFileSync(bundle);
  const hash = sha256(bytes);
  const cachedData = cacheFor(hash, codeCache);
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache: () => writeFileSync(codeCache, Buffer.concat([hash, script.createCachedData()])),
  };
}

/** V8's data from the cache file, if there is one and it was made for the bundle with this hash. */
function cacheFor(hash, codeCache) {
  let file;
  try {
    file = readFileSync(codeCache);
  } catch {
    return undefined;
  }
  return file.length > HASH_LENGTH && hash.equals(file.subarray(0, HASH_LENGTH)) ? file.subarray(HASH_LENGTH) : undefined;
}
