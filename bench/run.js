#!/usr/bin/env node
// Measures kyoto-parse against the naive regex script (bench/naive-regex.js) on a corpus built from
// the reference draft: wall time, MB/s, peak memory, cold start, growth with the number of files,
// one 30 MB file, and the issue's three ratios with their targets. It only measures: nothing here
// changes how kyoto-parse runs. See bench/README.md.
//
//   node bench/run.js [--runs N] [--quick] [--case-cap S] [--timeout S] [--json FILE] [--wall-only] [--baseline DIR]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, arch, release, totalmem, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.js';
import { ensureCorpus, ROOT, REFERENCE } from './corpus.js';

// ---- options ---------------------------------------------------------------------------------
const HELP = `usage: node bench/run.js [options]     (or: npm run bench -- [options])
  --runs N       runs per measurement, median reported (default 3; 1 with --quick)
  --quick        smoke test: 3/10/30 files, 1 run, cold start over 3 runs, no 30 MB file
  --case-cap S   seconds one kyoto-parse measurement may take in all; fewer runs past it (default 100)
  --timeout S    seconds before one command is killed and reported as timed out (default 300)
  --json FILE    also write every sample to FILE
  --wall-only    do not use /usr/bin/time (wall time only, no peak memory), as where it is missing
  --baseline DIR also run another built checkout of kyoto-parse (DIR/bin/kyoto-parse.js), interleaved,
                 on one draft from a cold start, the largest set of files and the 30 MB file (not with --quick)
  -h, --help     this help`;
const argv = process.argv.slice(2);
if (argv.includes('-h') || argv.includes('--help')) { console.log(HELP); process.exit(0); }
const FLAGS = new Set(['--quick', '--wall-only']);
const known = new Set([...FLAGS, '--runs', '--case-cap', '--timeout', '--json', '--baseline']);
for (let i = 0; i < argv.length; i++) {
  if (!known.has(argv[i])) fail(`unknown option '${argv[i]}'\n${HELP}`);
  if (FLAGS.has(argv[i])) continue;
  if (i + 1 >= argv.length || known.has(argv[i + 1])) fail(`${argv[i]} needs a value\n${HELP}`);
  i++;
}
const quick = argv.includes('--quick');
const num = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) fail(`${name} needs a positive number`);
  return v;
};
const RUNS = Math.floor(num('--runs', quick ? 1 : 3));
const COLD_RUNS = quick ? 3 : Math.max(5, RUNS);
const CASE_CAP = num('--case-cap', 100);
const TIMEOUT = num('--timeout', 300);
const JSON_OUT = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const SIZES = quick ? [3, 10, 30] : [30, 100, 300];
const MAX_FILES = SIZES[SIZES.length - 1];

const KYOTO = 'bin/kyoto-parse.js';
// Another release to compare with, run side by side: the machine's speed drifts too much from one
// hour to the next for figures of separate runs to say whether a change made kyoto-parse faster.
const BASELINE = argv.includes('--baseline') ? resolve(argv[argv.indexOf('--baseline') + 1]) : null;
const BASELINE_VERSION = BASELINE && baselineVersion(BASELINE);
const REGEX = 'bench/naive-regex.js';
if (!existsSync(join(ROOT, 'dist/bundle/kyoto-parse.cjs'))) fail('dist/bundle/ is missing: run `npm run build` first (or `npm run bench`)');

// ---- measuring one command ---------------------------------------------------------------------
const TIME_BIN = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'kyoto-bench-'));
const timeFile = join(scratch, 'time.txt');
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const gnuTime = !argv.includes('--wall-only') && (await probeGnuTime());
let current = null; // the running child, killed (with its process group) on Ctrl-C
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { killGroup(current); process.exit(130); });
}

/** Runs argv once from the repository root, stdout to /dev/null. Returns {wall, rssKiB, cpu, timedOut}. */
function runOnce(args) {
  const cmd = gnuTime ? [TIME_BIN, '-o', timeFile, '-f', '%M %U %S', ...args] : args;
  rmSync(timeFile, { force: true });
  return new Promise((resolveRun, rejectRun) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    current = child;
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; killGroup(child); }, TIMEOUT * 1000);
    child.on('error', rejectRun);
    child.on('close', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      current = null;
      if (timedOut) return resolveRun({ wall: TIMEOUT, rssKiB: null, cpu: null, timedOut: true });
      // GNU time reports a failed command on its own first line ("Command exited with non-zero status").
      const t = gnuTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : null;
      if (code !== 0 || signal) {
        const why = signal ? `signal ${signal}` : `status ${code}`;
        return rejectRun(new Error(`${relativeCmd(args)} failed (${why}):\n${stderr.trim().split('\n').slice(-6).join('\n')}`));
      }
      resolveRun({ wall, rssKiB: t ? t[0] : null, cpu: t ? t[1] + t[2] : null, timedOut: false });
    });
  });
}

function killGroup(child) {
  if (!child || child.exitCode !== null) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

async function probeGnuTime() {
  if (!existsSync(TIME_BIN)) return false;
  return new Promise((res) => {
    const c = spawn(TIME_BIN, ['-o', timeFile, '-f', '%M %U %S', process.execPath, '-e', '0'], { stdio: 'ignore' });
    c.on('error', () => res(false));
    c.on('close', (code) => {
      try { res(code === 0 && /^\d+ [\d.]+ [\d.]+$/.test(readFileSync(timeFile, 'utf8').trim())); } catch { res(false); }
    });
  });
}

// ---- measurement plans -----------------------------------------------------------------------------
const samples = []; // every sample, for --json
const notes = [];
const progress = (s) => process.stderr.write(`  … ${s}\n`);

/**
 * Runs each command of `sides` (name -> argv) `runs` times, interleaved (a, b, a, b, …) so that any
 * drift of the machine touches both. A side marked slow gets fewer runs once its first run shows
 * the case would pass CASE_CAP seconds. Returns name -> {runs, planned, wall, rssKiB, cpu, timedOut}.
 */
async function measure(caseName, sides, { runs = RUNS, slow = [] } = {}) {
  const got = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  const allowed = Object.fromEntries(Object.keys(sides).map((k) => [k, runs]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(sides)) {
      if (got[name].length >= allowed[name] || got[name].some((s) => s.timedOut)) continue;
      const s = await runOnce(args);
      got[name].push(s);
      samples.push({ case: caseName, side: name, ...s });
      progress(`${caseName}: ${name} run ${got[name].length}/${allowed[name]}: ${s.timedOut ? 'timed out' : `${s.wall.toFixed(3)} s`}`);
      if (i === 0 && slow.includes(name) && runs > 1) {
        allowed[name] = Math.max(1, Math.min(runs, Math.floor(CASE_CAP / Math.max(s.wall, 1e-3))));
        if (allowed[name] < runs) notes.push(`${caseName}: ${name} ran ${allowed[name]} time(s), not ${runs}: one run took ${s.wall.toFixed(1)} s (--case-cap ${CASE_CAP} s)`);
      }
    }
  }
  return Object.fromEntries(Object.entries(got).map(([name, list]) => [name, summarise(list, runs)]));
}

function summarise(list, planned) {
  const timedOut = list.some((s) => s.timedOut);
  const ok = list.filter((s) => !s.timedOut);
  return {
    runs: list.length,
    planned,
    timedOut,
    wall: timedOut ? TIMEOUT : median(ok.map((s) => s.wall)),
    rssKiB: ok.length && ok[0].rssKiB !== null ? median(ok.map((s) => s.rssKiB)) : null,
    cpu: ok.length && ok[0].cpu !== null ? median(ok.map((s) => s.cpu)) : null,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---- the run ------------------------------------------------------------------------------------------
const t0 = Date.now();
// Built once, reused by every later run; --quick never runs the 30 MB file, so it does not build it.
const corpus = ensureCorpus({ copies: 300, bigMB: quick ? 0 : 30 });
const files = corpus.files.map((f) => relative(ROOT, f));
const big = corpus.big && relative(ROOT, corpus.big);
const draft = relative(ROOT, REFERENCE);
// The draft's first annotated paragraph alone: how much of a cold start is loading, how much the first pass.
const paragraphDraft = relative(ROOT, join(corpus.out, 'one-paragraph.txt'));
const draftText = readFileSync(REFERENCE, 'utf8');
const firstAnnotated = draftText.split('\n').find((line) => /\[[A-Z]{3}\b/.test(line));
if (firstAnnotated === undefined) fail(`${draft}: no line with a code in brackets, for the one-paragraph cold start`);
writeFileSync(join(ROOT, paragraphDraft), firstAnnotated + '\n');
const MB = (bytes) => bytes / 1e6;
for (const f of [...files.slice(0, MAX_FILES), ...(quick ? [] : [big])]) readFileSync(join(ROOT, f)); // into the page cache

/** kyoto-parse on `inputs`; `checkout`: another built checkout's (the baseline's) instead of this one. */
const kyoto = (inputs, format = 'csv', checkout = null) =>
  [process.execPath, checkout ? join(checkout, KYOTO) : KYOTO, ...inputs, '--format', format];
const regex = (inputs) => [process.execPath, REGEX, ...inputs];
/** The baseline as one more side of a measurement, when there is one. */
const withBaseline = (inputs) => (BASELINE ? { baseline: kyoto(inputs, 'csv', BASELINE) } : {});

// The floor of the required libraries (library-floor.js): chevrotain's lexer and csv-stringify
// alone, bundled as the CLI is, writing the draft's records, made here once before any timing.
const FLOOR = join(corpus.out, 'library-floor.cjs');
const floorRecords = join(corpus.out, 'draft-records.json');
await build({ ...bundleOptions, entryPoints: [join(ROOT, 'bench/library-floor.js')], outfile: FLOOR, format: 'cjs' });
writeFileSync(floorRecords, JSON.stringify(JSON.parse(await capture(kyoto([draft], 'json'))).records));
const draftLength = String(draftText.length);
const floor = (inputs, only) => [process.execPath, FLOOR, ...(only ? ['--only', only] : []), draftLength, floorRecords, ...inputs];
const FLOOR_SIDES = { 'libraries: lex only': 'lex', 'libraries: csv only': 'csv', libraries: null };
/** The floor's three variants as sides of a measurement. */
const floorSides = (inputs) => Object.fromEntries(Object.entries(FLOOR_SIDES).map(([name, only]) => [name, floor(inputs, only)]));

// What each side produces on one draft: the regex script is a floor, not an equivalent.
const kyotoCsv = await capture(kyoto([draft]));
const kyotoRows = countCsvRows(kyotoCsv);
// The floor is a floor only if it writes what kyoto-parse writes.
if ((await capture(floor([draft]))) !== kyotoCsv) fail(`${FLOOR} does not write the bytes kyoto-parse writes for ${draft}`);
const regexRows = countCsvRows(await capture(regex([draft])));

progress(`cold start, ${COLD_RUNS} runs each`);
const cold = await measure('cold start', {
  'node -e 0': [process.execPath, '-e', '0'],
  'kyoto-parse --version': [process.execPath, KYOTO, '--version'],
  'kyoto-parse, one paragraph': kyoto([paragraphDraft]),
  'kyoto-parse': kyoto([draft]),
  regex: regex([draft]),
  ...floorSides([draft]),
  ...withBaseline([draft]),
}, { runs: COLD_RUNS });

const rows = [];
for (const n of SIZES) {
  const inputs = files.slice(0, n);
  const bytes = n * corpus.sourceBytes;
  progress(`${n} files (${MB(bytes).toFixed(1)} MB), ${RUNS} run(s) each`);
  const sides = { 'kyoto-parse': kyoto(inputs), regex: regex(inputs), ...(n === MAX_FILES ? { ...floorSides(inputs), ...withBaseline(inputs) } : {}) };
  rows.push({ label: `${n} files`, n, bytes, ...(await measure(`${n} files`, sides, { slow: ['kyoto-parse', 'baseline'] })) });
}
// --jobs: the largest size again with one worker thread per core (the main thread reads and writes).
const JOBS = availableParallelism();
progress(`${MAX_FILES} files with --jobs ${JOBS}, ${RUNS} run(s)`);
const jobsRow = (await measure(`${MAX_FILES} files --jobs`, { 'kyoto-parse': [...kyoto(files.slice(0, MAX_FILES)), '--jobs', String(JOBS)] }, { slow: ['kyoto-parse'] }))['kyoto-parse'];
if (!quick) {
  progress(`one ${MB(corpus.bigBytes).toFixed(1)} MB file, ${RUNS} run(s) each`);
  const sides = { 'kyoto-parse': kyoto([big]), regex: regex([big]), ...withBaseline([big]) };
  rows.push({ label: `1 file, ${MB(corpus.bigBytes).toFixed(0)} MB`, n: 1, bytes: corpus.bigBytes, big: true, ...(await measure('30 MB file', sides, { slow: ['kyoto-parse', 'baseline'] })) });
}
const elapsed = (Date.now() - t0) / 1000;

// ---- report -------------------------------------------------------------------------------------------
const out = [];
const p = (s = '') => out.push(s);
const sec = (r) => (r.timedOut ? `>${TIMEOUT}` : r.wall < 1 ? r.wall.toFixed(3) : r.wall.toFixed(2));
const mib = (r) => (r.rssKiB === null ? 'n/a' : (r.rssKiB / 1024).toFixed(0));
const rate = (r, bytes) => (r.timedOut ? `<${(MB(bytes) / TIMEOUT).toFixed(2)}` : fmtRate(MB(bytes) / r.wall));
const fmtRate = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const runsOf = (r) => (r.runs < r.planned ? `${r.runs}/${r.planned}*` : `${r.runs}`);
const pad = (s, w) => String(s).padStart(w);
const padR = (s, w) => String(s).padEnd(w);

p(`kyoto-parse benchmark — ${quick ? 'QUICK (smoke test; ratios on 30 files, not the issue\'s figures)' : 'full'}`);
p(`node ${process.version}, ${platform()} ${release()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
p(`times: wall clock, median of the runs shown; MB = 10^6 bytes${gnuTime ? '; peak memory = max RSS in MiB (GNU time %M); cpu = user + sys' : ''}`);
if (!gnuTime) p(`NOTE: ${argv.includes('--wall-only') ? '--wall-only' : 'no GNU /usr/bin/time found'}: wall time only; peak memory and cpu NOT measured, memory ratio n/a`);
p(`corpus: ${relative(ROOT, corpus.out)}/ ${corpus.reused ? '(reused)' : '(built now)'}: ${draft} (${corpus.sourceBytes.toLocaleString('en')} B) × ${files.length} files${corpus.big ? `; ${corpus.copiesPerBig} copies in one ${MB(corpus.bigBytes).toFixed(2)} MB file` : ''}`);
p(`output: CSV to /dev/null; one draft gives ${kyotoRows} kyoto-parse records, ${regexRows} regex rows (every 2-3 capital-letter token in a bracket group)`);
p();
p(`Cold start: one draft (${MB(corpus.sourceBytes).toFixed(2)} MB), ${COLD_RUNS} runs; PARAGRAPH: its first annotated paragraph alone`);
p(`  ${padR('command', 40)}${pad('wall s', 8)}${pad('× node', 8)}${pad('peak MiB', 10)}`);
const base = cold['node -e 0'];
const coldLabels = {
  'node -e 0': 'node -e 0',
  'kyoto-parse --version': 'kyoto-parse --version (load, no parse)',
  'kyoto-parse, one paragraph': 'kyoto-parse PARAGRAPH --format csv',
  'kyoto-parse': 'kyoto-parse DRAFT --format csv',
  regex: 'naive-regex DRAFT',
};
for (const [k, label] of Object.entries(coldLabels)) {
  p(`  ${padR(label, 40)}${pad(sec(cold[k]), 8)}${pad((cold[k].wall / base.wall).toFixed(1), 8)}${pad(mib(cold[k]), 10)}`);
}
p();
p(`Throughput: kyoto-parse --format csv vs naive regex, same files, runs interleaved`);
p(`  ${padR('input', 15)}${pad('MB', 7)} │${pad('runs', 6)}${pad('wall s', 9)}${pad('MB/s', 8)}${pad('peak MiB', 10)}${pad('cpu s', 8)} │${pad('runs', 5)}${pad('wall s', 8)}${pad('MB/s', 8)}${pad('peak MiB', 10)} │${pad('time ×', 8)}`);
p(`  ${padR('', 22)} │${padR(' kyoto-parse', 41)} │${padR(' naive regex', 31)} │${pad('kp/rx', 8)}`);
for (const r of rows) {
  const k = r['kyoto-parse'];
  const x = r.regex;
  p(`  ${padR(r.label, 15)}${pad(MB(r.bytes).toFixed(1), 7)} │${pad(runsOf(k), 6)}${pad(sec(k), 9)}${pad(rate(k, r.bytes), 8)}${pad(mib(k), 10)}${pad(k.cpu === null ? 'n/a' : k.cpu.toFixed(2), 8)} │${pad(runsOf(x), 5)}${pad(sec(x), 8)}${pad(rate(x, r.bytes), 8)}${pad(mib(x), 10)} │${pad((k.timedOut ? '>' : '') + (k.wall / x.wall).toFixed(1), 8)}`);
}
const lastRow = rows.filter((r) => !r.big).at(-1);
p(`  ${padR(`${MAX_FILES}, --jobs ${JOBS}`, 15)}${pad(MB(lastRow.bytes).toFixed(1), 7)} │${pad(runsOf(jobsRow), 6)}${pad(sec(jobsRow), 9)}${pad(rate(jobsRow, lastRow.bytes), 8)}${pad(mib(jobsRow), 10)}${pad(jobsRow.cpu === null ? 'n/a' : jobsRow.cpu.toFixed(2), 8)} │${pad('', 5)}${pad('', 8)}${pad('', 8)}${pad('', 10)} │${pad((jobsRow.timedOut ? '>' : '') + (jobsRow.wall / lastRow.regex.wall).toFixed(1), 8)}`);
for (const n of notes) p(`  * ${n}`);
p();
const scale = rows.filter((r) => !r.big);
const first = scale[0];
const last = scale[scale.length - 1];
p(`Growth ${first.n} → ${last.n} files (input × ${(last.n / first.n).toFixed(0)}):`);
for (const side of ['kyoto-parse', 'regex']) {
  const late = scale.find((r) => r[side].timedOut);
  if (late) { p(`  ${padR(side === 'regex' ? 'naive regex' : side, 12)} not measured: timed out (--timeout ${TIMEOUT} s) at ${late.label}`); continue; }
  const marg = scale.slice(1).map((r, i) => ((r[side].wall - scale[i][side].wall) / (r.n - scale[i].n)) * 1000);
  const mem = gnuTime ? `; peak MiB ${scale.map((r) => mib(r[side])).join(' → ')}` : '';
  const steady = fmtRate(MB(corpus.sourceBytes) / (marg[marg.length - 1] / 1000));
  p(`  ${padR(side === 'regex' ? 'naive regex' : side, 12)} time × ${(last[side].wall / first[side].wall).toFixed(1)}; ms per extra file ${marg.map((m) => m.toFixed(1)).join(', ')} (${scale.slice(1).map((r, i) => `${scale[i].n}→${r.n}`).join(', ')}; last step ≈ ${steady} MB/s without start-up)${mem}`);
}
p();

p(`Floor of the required libraries: chevrotain's lexer (with kyoto-parse's tokens) and csv-stringify alone, no parsing`);
p(`  (bench/library-floor.js: lexes each file, writes the draft's records made before timing; runs interleaved with the above)`);
p(`  ${padR('', 30)}${pad('one draft, cold', 17)}${pad('× node', 8)} │${pad(`${MAX_FILES} files`, 10)}${pad('× regex', 9)}`);
const floorLabels = { 'libraries: lex only': 'chevrotain lexer only', 'libraries: csv only': 'csv-stringify only', libraries: 'both', 'kyoto-parse': 'kyoto-parse (for comparison)' };
for (const [k, label] of Object.entries(floorLabels)) {
  p(`  ${padR(label, 30)}${pad(sec(cold[k]), 17)}${pad((cold[k].wall / base.wall).toFixed(1), 8)} │${pad(sec(last[k]), 10)}${pad((last[k].wall / last.regex.wall).toFixed(1), 9)}`);
}
p();
const kp = last['kyoto-parse'];
const rx = last.regex;
/** One side's time over another's; `lower` when it timed out, so the ratio is a lower bound. */
const ratioOf = (side, over) => ({ value: side.wall / over.wall, lower: side.timedOut });
const ratios = [
  {
    what: `${last.n}-file CSV time, kyoto-parse / regex`,
    value: kp.wall / rx.wall, lower: kp.timedOut, target: 1, floor: ratioOf(last.libraries, rx),
  },
  {
    what: `  the same with --jobs ${JOBS}`,
    value: jobsRow.wall / rx.wall, lower: jobsRow.timedOut, target: 1,
  },
  {
    what: 'cold start (one draft) / node -e 0',
    value: cold['kyoto-parse'].wall / base.wall, lower: false, target: 2, floor: ratioOf(cold.libraries, base),
  },
  {
    what: `peak memory, ${last.n} files / one file`,
    value: kp.rssKiB !== null && cold['kyoto-parse'].rssKiB !== null ? kp.rssKiB / cold['kyoto-parse'].rssKiB : null,
    lower: false, target: 1.5,
  },
];
if (BASELINE) {
  const against = (label, mine, theirs) =>
    p(`  ${padR(label, 36)}${pad(sec(mine), 9)}${pad(sec(theirs), 10)}${pad((mine.wall / theirs.wall).toFixed(2), 9)}${pad(mib(mine), 10)}${pad(mib(theirs), 10)}`);
  p(`Against the baseline ${BASELINE} (${BASELINE_VERSION}), runs interleaved`);
  p(`  ${padR('', 36)}${pad('this s', 9)}${pad('baseline', 10)}${pad('this/bl', 9)}${pad('this MiB', 10)}${pad('bl MiB', 10)}`);
  against('one draft from a cold start', cold['kyoto-parse'], cold.baseline);
  against(`${last.n} files`, kp, last.baseline);
  const bigRow = rows.find((r) => r.big);
  if (bigRow) against(bigRow.label, bigRow['kyoto-parse'], bigRow.baseline);
  p();
}
p(`Issue targets (measured in this run${quick ? '; QUICK: 30 files stand in for 300' : ''})`);
p(`  ${padR('ratio', 44)}${pad('measured', 10)}${pad('target', 9)}  result  libraries alone`);
for (const r of ratios) {
  const shown = r.value === null ? 'n/a' : `${r.lower ? '>' : ''}${r.value.toFixed(2)}×`;
  const verdict = r.value === null ? 'n/a' : r.value <= r.target ? 'PASS' : 'FAIL';
  const floorShown = r.floor === undefined ? '' : `${r.floor.lower ? '>' : ''}${r.floor.value.toFixed(2)}×`;
  p(`  ${padR(r.what, 44)}${pad(shown, 10)}${pad(`≤ ${r.target}×`, 9)}  ${padR(verdict, 6)}${pad(floorShown, 17)}`.trimEnd());
}
p();
p(`total ${elapsed.toFixed(0)} s`);
console.log(out.join('\n'));

if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify({ node: process.version, quick, runs: RUNS, gnuTime, baseline: BASELINE && { dir: BASELINE, version: BASELINE_VERSION }, corpus: { ...corpus, files: files.length }, cold, rows, ratios, notes, samples }, null, 2) + '\n');
}

// ---- helpers --------------------------------------------------------------------------------------------
/** Runs argv and returns its stdout (for the row counts, not timed). */
function capture(args) {
  return new Promise((res, rej) => {
    const c = spawn(args[0], args.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    let stderr = '';
    c.stdout.on('data', (d) => chunks.push(d));
    c.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    c.on('error', rej);
    c.on('close', (code) => (code === 0 ? res(Buffer.concat(chunks).toString('utf8')) : rej(new Error(`${relativeCmd(args)} exited with ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`))));
  });
}

/** CSV records after the header, newlines inside quoted cells not counted. */
function countCsvRows(text) {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) rows++;
  }
  return Math.max(0, rows - 1);
}

function relativeCmd(args) {
  return args.map((a) => (a === process.execPath ? 'node' : a)).slice(0, 4).join(' ') + (args.length > 4 ? ' …' : '');
}

/** The baseline's `--version`: a checkout that is not built, or not kyoto-parse, fails here, before any run. */
function baselineVersion(dir) {
  if (!existsSync(join(dir, KYOTO))) fail(`--baseline: no ${KYOTO} in ${dir} (a built checkout of kyoto-parse)`);
  const run = spawnSync(process.execPath, [join(dir, KYOTO), '--version'], { encoding: 'utf8' });
  if (run.status !== 0) {
    const why = (run.stderr || '').trim().split('\n').find((line) => /Error|error:/.test(line)) ?? `status ${run.status}`;
    fail(`--baseline: ${join(dir, KYOTO)} --version failed (not built? run \`npm ci\` there): ${why}`);
  }
  return run.stdout.trim();
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
