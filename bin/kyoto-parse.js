#!/usr/bin/env node
// Entry point: runs the CLI bundled by esbuild (dist/bundle/kyoto-parse.cjs, made by `npm run dist`):
// one file to load instead of hundreds of modules.
import { spawn } from 'node:child_process';
import module from 'node:module';
import { constants } from 'node:os';
import v8 from 'node:v8';

// Node 22 and later keep V8's compiled code on disk (in the temporary folder, keyed by Node's
// version and the file's content), so the next start compiles less; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. Node 20 has no enableCompileCache: nothing happens there.
module.enableCompileCache?.();

/**
 * V8 13 (Node 24) lets its young generation grow to a size it takes from the machine's memory:
 * on a large draft some 100 MiB more than under Node 20 and 22, past the README's bound of 200 MiB
 * plus ten times the input (bench/README.md, "Node 24"). The flag that bounds it is read only when
 * Node starts, so there a plain run (no Node option on the command line or in NODE_OPTIONS, where
 * a preload or an inspector would run twice) runs the CLI in a child Node started with it. Not on
 * Windows, where a signal passed on would end the child before it could clean up.
 */
const YOUNG_GENERATION = '--max-semi-space-size=16';
/** Passed on to the child; it ends as they make it end, and this process then ends the same way. */
const PASSED_ON = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const inChild = () => process.execArgv.includes(YOUNG_GENERATION) && typeof process.send === 'function';

const wantsChild = () => Number(process.versions.v8.split('.')[0]) >= 13 && process.platform !== 'win32' &&
  process.execArgv.length === 0 && (process.env.NODE_OPTIONS ?? '').trim() === '';

/**
 * Between full collections V8 lets the heap grow to up to four times what survived the last one,
 * so a draft whose parse holds much at once (a group of 200,000 codes, a paragraph of 80,000
 * records) peaks far above what it holds, past the README's bound. Growing by a tenth keeps the
 * peak near what is held, for a few more collections (bench/README.md, "Heap growth"). Read at
 * every collection, so it is set here, not at start; a run given the flag itself keeps its own.
 */
const HEAP_GROWTH = '--heap-growing-percent=10';

const setsHeapGrowth = () => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((option) => option.includes('heap-growing-percent'));

async function runHere() {
  if (!setsHeapGrowth()) v8.setFlagsFromString(HEAP_GROWTH);
  try {
    process.exitCode = await module.createRequire(import.meta.url)('../dist/bundle/kyoto-parse.cjs').main(process.argv);
  } catch (error) {
    // A bug, not a user error: one line, no stack trace, a status of its own.
    process.stderr.write(`kyoto-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  }
}

/**
 * The CLI in a child Node with the standard streams as they are, and a channel that closes when
 * this process ends however it ends (so the child never outlives it: it then ends as on SIGTERM).
 * This process passes on the signals it is sent (a terminal's Ctrl-C reaches both) and ends as the
 * child ended, with its status or by its signal. A child that cannot be started leaves the run here.
 */
function runInChild() {
  const child = spawn(process.execPath, [YOUNG_GENERATION, ...process.argv.slice(1)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let started = false;
  const passOn = (signal) => child.kill(signal);
  for (const signal of PASSED_ON) process.on(signal, passOn);
  child.on('spawn', () => {
    started = true;
    // The channel is only there to close: it must not keep this process waiting.
    child.channel?.unref();
  });
  child.on('error', () => {
    if (started) return; // a signal that could not be passed on: the child goes on
    for (const signal of PASSED_ON) process.off(signal, passOn);
    void runHere();
  });
  child.on('exit', (status, signal) => {
    for (const each of PASSED_ON) process.off(each, passOn);
    if (signal === null) {
      process.exitCode = status ?? 3;
      return;
    }
    // The shell's status for a signal; ended by the same signal where it is one passed on (no second core dump).
    process.exitCode = 128 + (constants.signals[signal] ?? 0);
    if (PASSED_ON.includes(signal)) process.kill(process.pid, signal);
  });
}

if (inChild()) {
  // The parent is gone (killed with SIGKILL, say): end as on SIGTERM, the temporary output file removed.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.channel?.unref();
  await runHere();
} else if (wantsChild()) runInChild();
else await runHere();
