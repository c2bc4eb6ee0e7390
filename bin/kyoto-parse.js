#!/usr/bin/env node
// Entry point: runs the CLI bundled by esbuild (dist/bundle/kyoto-parse.cjs, made by `npm run dist`):
// one file to load instead of hundreds of modules.
import { spawn } from 'node:child_process';
import module from 'node:module';
import { constants } from 'node:os';

// Node 22 and later keep V8's compiled code on disk (in the temporary folder, keyed by Node's
// version and the file's content), so the next start compiles less; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. Node 20 has no enableCompileCache: nothing happens there.
module.enableCompileCache?.();

/**
 * V8 13 (Node 24) lets its young generation grow to a size it takes from the machine's memory:
 * on a large draft some 100 MiB more than under Node 20 and 22, past the README's bound of 200 MiB
 * plus ten times the input (bench/README.md, "Node 24"). The flag that bounds it is read only when
 * Node starts, so there the CLI runs in a child Node started with it; given already (on the command
 * line or in NODE_OPTIONS), it is left as it is.
 */
const YOUNG_GENERATION = '--max-semi-space-size=16';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function youngGenerationUnbounded() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return Number(process.versions.v8.split('.')[0]) >= 13 && !given.some((flag) => flag.startsWith('--max-semi-space-size'));
}

async function runHere() {
  try {
    process.exitCode = await module.createRequire(import.meta.url)('../dist/bundle/kyoto-parse.cjs').main(process.argv);
  } catch (error) {
    // A bug, not a user error: one line, no stack trace, a status of its own.
    process.stderr.write(`kyoto-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  }
}

/**
 * The CLI in a child Node with the standard streams as they are: this process only passes on the
 * signals it is sent (a terminal's Ctrl-C reaches both) and ends as the child ended, with its
 * status or by its signal. A child that cannot be started leaves the run to this process.
 */
function runInChild() {
  const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, ...process.argv.slice(1)], { stdio: 'inherit' });
  const passOn = (signal) => child.kill(signal);
  for (const signal of SIGNALS) process.on(signal, passOn);
  child.on('error', () => {
    for (const signal of SIGNALS) process.off(signal, passOn);
    void runHere();
  });
  child.on('exit', (status, signal) => {
    for (const each of SIGNALS) process.off(each, passOn);
    if (signal === null) {
      process.exitCode = status ?? 3;
      return;
    }
    // The shell's status for a signal, should this process outlive the signal (one Node ignores, as SIGPIPE).
    process.exitCode = 128 + (constants.signals[signal] ?? 0);
    process.kill(process.pid, signal);
  });
}

if (youngGenerationUnbounded()) runInChild();
else await runHere();
