#!/usr/bin/env node
/**
 * `npm run fuzz`: mutation fuzzing of the real draft against the built library (dist/), for
 * longer than the test suite does (test/fuzz.test.ts shares the mutator, scripts/mutate.js).
 *
 *   node scripts/fuzz.js [--seconds N] [--seed S] [--case-limit MS] [--file DRAFT]
 *   node scripts/fuzz.js --replay CASE_SEED     run one case again, print its mutations and problems
 *
 * Each mutant is decoded and parsed in a worker thread, so a parse that never ends is caught
 * too: past the hard limit (5 × --case-limit, at least 10 s) the worker is stopped and the case
 * reported as a hang. A failing mutant is also written to the temporary folder, so that the
 * CLI can be run on it. Exit status 0 when every case passed, 1 when any failed, 2 on bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { caseSeed, checkMutant, describeMutations, mutantFor } from './mutate.js';

const DEFAULT_FILE = fileURLToPath(new URL('../fixtures/kyoto-6227-20-annexes.txt', import.meta.url));

/** The worker: loads dist/ once, then checks each mutant it is sent. */
async function worker() {
  const library = await import('../dist/src/index.js');
  const lib = {
    parseDraft: library.parseDraft,
    decodeDraft: library.decodeDraft,
    codes: library.loadCodeTable(),
    vocabulary: library.loadVocabulary(),
  };
  parentPort.on('message', ({ id, bytes }) => {
    const result = checkMutant(lib, new Uint8Array(bytes), { timeLimitMs: workerData.caseLimit });
    parentPort.postMessage({ id, ...result });
  });
  parentPort.postMessage({ ready: true });
}

function usage(message) {
  process.stderr.write(`fuzz: ${message}\nusage: node scripts/fuzz.js [--seconds N] [--seed S] [--case-limit MS] [--file DRAFT] | --replay CASE_SEED\n`);
  return 2;
}

function parseArgs(argv) {
  const options = { seconds: 300, seed: (Date.now() ^ (process.pid << 16)) >>> 0, caseLimit: 2000, file: DEFAULT_FILE, replay: null };
  const numeric = { '--seconds': 'seconds', '--seed': 'seed', '--case-limit': 'caseLimit', '--replay': 'replay' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag !== '--file' && !(flag in numeric)) return { error: `unknown option '${flag}'` };
    if (value === undefined) return { error: `${flag} needs a value` };
    if (flag === '--file') options.file = value;
    else if (flag in numeric) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) return { error: `${flag}: '${value}' is not a non-negative number` };
      options[numeric[flag]] = flag === '--seconds' || flag === '--case-limit' ? n : n >>> 0;
    }
  }
  return { options };
}

async function main(argv) {
  // `node scripts/fuzz.js | head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
  const parsed = parseArgs(argv);
  if (parsed.help) {
    process.stdout.write('usage: node scripts/fuzz.js [--seconds N] [--seed S] [--case-limit MS] [--file DRAFT] | --replay CASE_SEED\n');
    return 0;
  }
  if (parsed.error) return usage(parsed.error);
  const { options } = parsed;
  let base;
  try {
    base = readFileSync(options.file);
  } catch (error) {
    return usage(`cannot read '${options.file}': ${error.code ?? error.message}`);
  }
  const hardLimit = Math.max(10_000, 5 * options.caseLimit);
  const pool = new CheckerPool(options.caseLimit, hardLimit);
  try {
    await pool.start();
    if (options.replay !== null) return await replay(pool, base, options.replay);
    return await fuzz(pool, base, options, hardLimit);
  } finally {
    await pool.stop();
  }
}

async function replay(pool, base, seed) {
  const mutant = mutantFor(base, seed);
  process.stdout.write(`case seed ${seed}: ${describeMutations(mutant.mutations)}\n`);
  const result = await pool.check(mutant.bytes);
  process.stdout.write(`${Math.round(result.ms)} ms, ${result.records} records, ${result.diagnostics} diagnostics\n`);
  for (const problem of result.problems) process.stdout.write(`  ${problem}\n`);
  if (result.problems.length > 0) process.stdout.write(`mutant written to ${saveMutant(seed, mutant.bytes)}\n`);
  return result.problems.length > 0 ? 1 : 0;
}

async function fuzz(pool, base, options, hardLimit) {
  const { seconds, seed, caseLimit } = options;
  process.stdout.write(`fuzzing ${options.file} (${base.length} bytes) for ${seconds} s, seed ${seed}, ` +
    `${caseLimit} ms per case (hang after ${hardLimit} ms)\n`);
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let nextProgress = started + 5000;
  const failures = [];
  let cases = 0;
  let slowest = 0;
  let records = 0;

  const baseline = await pool.check(base);
  if (baseline.problems.length > 0) {
    failures.push({ index: -1, seed: null, mutations: '(the unmutated draft)', problems: baseline.problems });
  }
  while (Date.now() < deadline) {
    const caseSeedValue = caseSeed(seed, cases);
    const mutant = mutantFor(base, caseSeedValue);
    const result = await pool.check(mutant.bytes);
    slowest = Math.max(slowest, result.ms);
    records += result.records;
    if (result.problems.length > 0) {
      const failure = { index: cases, seed: caseSeedValue, mutations: describeMutations(mutant.mutations), problems: result.problems };
      failures.push(failure);
      process.stdout.write(`FAIL case ${cases}, case seed ${caseSeedValue}: ${failure.mutations}\n` +
        `  ${result.problems.join('\n  ')}\n  mutant: ${saveMutant(caseSeedValue, mutant.bytes)}\n`);
    }
    cases++;
    if (Date.now() >= nextProgress) {
      nextProgress += 5000;
      process.stdout.write(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${cases} cases, ${failures.length} failing, slowest ${Math.round(slowest)} ms\n`);
    }
  }

  const elapsed = (Date.now() - started) / 1000;
  process.stdout.write(`\nsummary: ${cases} cases in ${elapsed.toFixed(1)} s (${(cases / elapsed).toFixed(1)}/s), seed ${seed}, ` +
    `slowest ${Math.round(slowest)} ms, ${records} records checked, ${failures.length} failing\n`);
  for (const f of failures) {
    process.stdout.write(`  case ${f.index}, case seed ${f.seed}: ${f.mutations}\n    ${f.problems[0]}\n` +
      (f.seed === null ? '' : `    replay: node scripts/fuzz.js --replay ${f.seed}${options.file === DEFAULT_FILE ? '' : ` --file ${options.file}`}\n`));
  }
  return failures.length > 0 ? 1 : 0;
}

function saveMutant(seed, bytes) {
  const path = join(tmpdir(), `kyoto-fuzz-${seed}.txt`);
  try {
    writeFileSync(path, bytes);
    return path;
  } catch {
    return '(could not be written)';
  }
}

/** One worker thread checking mutants one at a time; a worker past the hard limit is replaced. */
class CheckerPool {
  constructor(caseLimit, hardLimit) {
    this.caseLimit = caseLimit;
    this.hardLimit = hardLimit;
    this.worker = null;
    this.nextId = 0;
    /** Settled when a worker is ready (after a restart, a new one). */
    this.ready = Promise.resolve();
  }

  async start() {
    this.worker = new Worker(fileURLToPath(import.meta.url), { workerData: { caseLimit: this.caseLimit } });
    await new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message?.ready) {
          this.worker.off('error', reject);
          this.worker.off('message', onMessage);
          resolve();
        }
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
    });
  }

  async stop() {
    await this.ready.catch(() => {});
    if (this.worker) await this.worker.terminate();
    this.worker = null;
  }

  /** @returns {Promise<{ problems: string[], ms: number, records: number, diagnostics: number }>} */
  async check(bytes) {
    await this.ready;
    const id = this.nextId++;
    const worker = this.worker;
    const copy = Uint8Array.from(bytes);
    return new Promise((resolve) => {
      let timer = null;
      const finish = (result) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const onMessage = (message) => { if (message.id === id) finish(message); };
      const onError = (error) => {
        finish({ problems: [`worker crashed: ${error?.stack ?? error}`], ms: 0, records: 0, diagnostics: 0 });
        void this.restart();
      };
      const onExit = (code) => {
        finish({ problems: [`worker exited with code ${code} (out of memory or a crash)`], ms: 0, records: 0, diagnostics: 0 });
        void this.restart();
      };
      timer = setTimeout(() => {
        finish({ problems: [`no answer within ${this.hardLimit} ms: a hang`], ms: this.hardLimit, records: 0, diagnostics: 0 });
        void this.restart(worker);
      }, this.hardLimit);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, bytes: copy.buffer }, [copy.buffer]);
    });
  }

  async restart(old = this.worker) {
    if (this.worker !== old) return;
    this.worker = null;
    this.ready = (async () => {
      try { await old?.terminate(); } catch { /* already gone */ }
      await this.start();
    })();
    await this.ready;
  }
}

// Last, so that the class above is initialised before main() runs.
if (isMainThread) {
  process.exitCode = await main(process.argv.slice(2));
} else {
  await worker();
}
