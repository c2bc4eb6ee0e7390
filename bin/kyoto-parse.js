#!/usr/bin/env node
// Entry point: runs the CLI bundled by esbuild (dist/bundle/kyoto-parse.cjs, made by `npm run dist`):
// one file to load instead of hundreds of modules.
import module from 'node:module';

// Node 22 and later keep V8's compiled code on disk (in the temporary folder, keyed by Node's
// version and the file's content), so the next start compiles less; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. Node 20 has no enableCompileCache: nothing happens there.
module.enableCompileCache?.();

try {
  process.exitCode = await module.createRequire(import.meta.url)('../dist/bundle/kyoto-parse.cjs').main(process.argv);
} catch (error) {
  // A bug, not a user error: one line, no stack trace, a status of its own.
  process.stderr.write(`kyoto-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 3;
}
