// Bundles the CLI with esbuild into dist/bundle/ (run by `npm run build`), then records V8's code
// cache for it. Start-up is mostly loading and compiling code: one file instead of some 700
// module files, and compiled bytecode instead of source (see bin/load-bundle.js).
//
// - kyoto-parse.cjs: the CLI, one CommonJS file, because only a classic script can be compiled
//   with a code cache (vm.Script); subcommand code still runs only when its subcommand does.
// - kyoto-parse.cache: the code cache, made after the CLI has run on the bundled draft, so it
//   holds the bytecode of every function that run compiled, not only the top level.
// - rows-worker.js: the --jobs worker, started by its file name from worker-pool.ts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { bundleOptions } from './bundle-options.js';

const outdir = 'dist/bundle';
const common = {
  ...bundleOptions,
  // Readable stack traces for bug reports: `node --enable-source-maps bin/kyoto-parse.js …`.
  sourcemap: true,
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { 'kyoto-parse': 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The sources are ES modules: their import.meta.url is the bundle's own URL.
  define: { ...common.define, 'import.meta.url': '__bundleUrl' },
  // The banner goes before esbuild's "use strict": it must say it again, or the bundle is sloppy code.
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The runs that fill the code cache, in a process of their own: a cache depends on nothing but
// what has run. Their messages are shown only if they fail.
// Without NODE_OPTIONS: V8 flags there (--max-old-space-size) would be in the cache's flag hash, so
// no plain `node` would accept it, and --enable-source-maps would make saveCodeCache write nothing.
const { NODE_OPTIONS, ...env } = process.env;
const warmUp = spawnSync(process.execPath, ['scripts/code-cache.js'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (warmUp.status !== 0) {
  process.stderr.write(warmUp.stdout + warmUp.stderr);
  throw new Error(`bundle: the code-cache run failed with status ${warmUp.status}`);
}
