// Bundles the CLI with esbuild into dist/bundle/ (run by `npm run build`): one file to load
// instead of some 700 module files, which is most of the start-up time. Subcommand code that
// is imported dynamically becomes separate chunks, loaded only when that subcommand runs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true });
await build({
  // The --jobs worker is an entry of its own: worker-pool.ts starts it by its file name.
  entryPoints: { 'kyoto-parse': 'src/cli/main.ts', 'rows-worker': 'src/cli/rows-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // Readable stack traces for bug reports: `node --enable-source-maps bin/kyoto-parse.js …`.
  sourcemap: true,
  // CommonJS dependencies (commander, i18n-iso-countries) call require(), which ESM lacks.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  // The grammar's definition checks run in the tests, not on every start (grammar/checks.ts).
  define: { KYOTO_GRAMMAR_CHECKS: 'false' },
  logLevel: 'warning',
});
