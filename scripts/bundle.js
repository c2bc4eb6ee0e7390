// Bundles the CLI with esbuild into dist/bundle/kyoto-parse.cjs (run by `npm run dist`), which
// bin/kyoto-parse.js loads: one file instead of some 700 module files halves the start.
// Subcommand code still runs only when its subcommand does.
//
//   node scripts/bundle.js [--sourcemap]   --sourcemap: also write kyoto-parse.cjs.map, for
//                                          readable stack traces under `node --enable-source-maps`
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/bundle';
const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  // The grammar's definition checks run in the tests, not on every start (grammar/checks.ts).
  define: { KYOTO_GRAMMAR_CHECKS: 'false' },
  logLevel: 'warning',
  // Loaded from node_modules (they are runtime dependencies, installed on every route) only by
  // the runs that use them: exceljs for --format xlsx, iconv-lite for --encoding and the
  // encoding guess. Bundled, they would make the file four times as large and every start slower.
  external: ['exceljs', 'iconv-lite'],
};
rmSync(outdir, { recursive: true, force: true });
await build({
  ...bundleOptions,
  sourcemap: process.argv.includes('--sourcemap'),
  entryPoints: { 'kyoto-parse': 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The sources are ES modules: their import.meta.url is the bundle's own URL.
  define: { ...bundleOptions.define, 'import.meta.url': '__bundleUrl' },
  // The banner goes before esbuild's "use strict": it must say it again, or the bundle is sloppy code.
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
