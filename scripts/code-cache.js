// Runs the CLI on the bundled draft as users most often run it, the records CSV and `check`, in
// one process, then writes V8's code cache of everything those runs compiled beside the bundle,
// for bin/load-bundle.js to start from. Run by scripts/bundle.js; the output is discarded.
import { devNull } from 'node:os';
import { loadBundle } from '../bin/load-bundle.js';

const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
// One file per run: a run over several files sets V8 flags (src/cli/heap-sizing.ts), and V8 then
// rejects a cache made under the changed flags.
const RUNS = [
  { args: [DRAFT, '--output', devNull], ok: [0] },
  // `check` ends with 1 on this draft: it has findings that are errors.
  { args: ['check', DRAFT, '--output', devNull], ok: [0, 1] },
];

const { exports: cli, saveCodeCache } = loadBundle();
for (const { args, ok } of RUNS) {
  const status = await cli.main([process.argv[0], 'kyoto-parse', ...args]);
  if (!ok.includes(status)) throw new Error(`code cache: kyoto-parse ${args.join(' ')} ended with status ${status}`);
}
saveCodeCache();
