#!/usr/bin/env node
// Entry point: runs the bundled CLI (dist/bundle, built by `npm run build`, which `npm ci` runs through `prepare`).
import { loadBundle } from './load-bundle.js';

try {
  process.exitCode = await loadBundle().exports.main(process.argv);
} catch (error) {
  // A bug, not a user error: one line, no stack trace, a status of its own.
  process.stderr.write(`kyoto-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 3;
}
