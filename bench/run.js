#!/usr/bin/env node
// Measures kyoto-parse against a regex script that writes the same records CSV (bench/regex-peer.js)
// on a corpus built from the reference draft: wall time, MB/s, peak memory, cold start, growth with
// the number of files, one 30 MB file, and the checks of bench/README.md. It only measures: nothing
// here changes how kyoto-parse runs.
//
//   node bench/run.js [--runs N] [--quick] [--case-cap S] [--timeout S] [--json FILE] [--wall-only] [--baseline DIR]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, release, totalmem, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ensureCorpus, ensureLines, ROOT, REFERENCE } from './corpus.js';

// ---- options ---------------------------------------------------------------------------------
const HELP = `usage: node bench/run.js [options]     (or: npm run bench -- [options])
  --runs N       runs per measurement, median reported (default 3; 1 with --quick)
  --quick        smoke test: 3/10/30/90 files, 1 run, cold start over 3 runs, no 30 MB file,
                 20,000 and 100,000 one-line paragraphs (200,000 and 1,000,000 without)
  --case-cap S   seconds one kyoto-parse measurement may take in all; fewer runs past it (default 100)
  --timeout S    seconds before one command is killed and reported as timed out (default 300)
  --json FILE    also write every sample to FILE
  --wall-only    do not use /usr/bin/time (wall time only, no peak memory), as where it is missing
  --baseline DIR also run another built checkout of kyoto-parse (DIR/bin/kyoto-parse.js), interleaved,
                 on one draft from a cold start, 300 files (30 with --quick) and the 30 MB file (not with --quick)
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
// Time is compared at TIME_FILES; memory must stay flat from MEMORY_FROM to MAX_FILES files.
const SIZES = quick ? [3, 10, 30, 90] : [30, 100, 300, 900];
const [, MEMORY_FROM, TIME_FILES, MAX_FILES] = SIZES;

const KYOTO = 'bin/kyoto-parse.js';
// Another release to compare with, run side by side: the machine's speed drifts too much from one
// hour to the next for figures of separate runs to say whether a change made kyoto-parse faster.
const BASELINE = argv.includes('--baseline') ? resolve(argv[argv.indexOf('--baseline') + 1]) : null;
const BASELINE_VERSION = BASELINE && baselineVersion(BASELINE);
const REGEX = 'bench/regex-peer.js';
if (!existsSync(join(ROOT, 'dist/bundle/kyoto-parse.cjs'))) fail('dist/bundle/ is missing: run `npm run dist` first (or `npm run bench`)');

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
const corpus = ensureCorpus({ copies: 900, bigMB: quick ? 0 : 30 });
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

// How close the peer's CSV is to kyoto-parse's on one draft: rows, identical rows, bytes.
const kyotoCsv = await capture(kyoto([draft]));
const peerCsv = await capture(regex([draft]));
const likeness = compareCsv(kyotoCsv, peerCsv);

progress(`cold start, ${COLD_RUNS} runs each`);
const cold = await measure('cold start', {
  'node -e 0': [process.execPath, '-e', '0'],
  'kyoto-parse --version': [process.execPath, KYOTO, '--version'],
  'kyoto-parse, one paragraph': kyoto([paragraphDraft]),
  'kyoto-parse': kyoto([draft]),
  regex: regex([draft]),
  ...withBaseline([draft]),
}, { runs: COLD_RUNS });

const rows = [];
for (const n of SIZES) {
  const inputs = files.slice(0, n);
  const bytes = n * corpus.sourceBytes;
  progress(`${n} files (${MB(bytes).toFixed(1)} MB), ${RUNS} run(s) each`);
  const sides = { 'kyoto-parse': kyoto(inputs), regex: regex(inputs), ...(n === TIME_FILES ? withBaseline(inputs) : {}) };
  rows.push({ label: `${n} files`, n, bytes, ...(await measure(`${n} files`, sides, { slow: ['kyoto-parse', 'baseline'] })) });
}
if (!quick) {
  progress(`one ${MB(corpus.bigBytes).toFixed(1)} MB file, ${RUNS} run(s) each`);
  const sides = { 'kyoto-parse': kyoto([big]), regex: regex([big]), ...withBaseline([big]) };
  rows.push({ label: `1 file, ${MB(corpus.bigBytes).toFixed(0)} MB`, n: 1, bytes: corpus.bigBytes, big: true, ...(await measure('30 MB file', sides, { slow: ['kyoto-parse', 'baseline'] })) });
}
// Many one-line paragraphs, at two sizes: peak memory must stay below 200 MiB + 10 × the input, and
// time grow in proportion to it. The records CSV and `check`, each against the baseline's, and the
// records JSON and `contested`, which once held every record.
const LINE_SIZES = quick ? [20_000, 100_000] : [200_000, 1_000_000];
const lineRows = [];
for (const n of LINE_SIZES) {
  const { path, bytes } = ensureLines(n);
  const input = relative(ROOT, path);
  readFileSync(path);
  progress(`${n.toLocaleString('en')} one-line paragraphs (${MB(bytes).toFixed(1)} MB), ${RUNS} run(s) each`);
  const sides = {
    'kyoto-parse': kyoto([input]),
    check: [process.execPath, KYOTO, 'check', input],
    json: kyoto([input], 'json'),
    contested: [process.execPath, KYOTO, 'contested', input],
    xlsx: kyoto([input], 'xlsx'),
    regex: regex([input]),
    ...(BASELINE ? { baseline: kyoto([input], 'csv', BASELINE), 'baseline check': [process.execPath, join(BASELINE, KYOTO), 'check', input] } : {}),
  };
  lineRows.push({ n, bytes, ...(await measure(`${n} lines`, sides, { slow: ['kyoto-parse', 'check', 'json', 'contested', 'xlsx', 'baseline', 'baseline check'] })) });
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
const PEER = 'regex peer';

p(`kyoto-parse benchmark — ${quick ? `QUICK (smoke test; ${TIME_FILES} files stand in for 300, ${MEMORY_FROM} and ${MAX_FILES} for 100 and 900)` : 'full'}`);
p(`node ${process.version}, ${platform()} ${release()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
p(`times: wall clock, median of the runs shown; MB = 10^6 bytes${gnuTime ? '; peak memory = max RSS in MiB (GNU time %M); cpu = user + sys' : ''}`);
if (!gnuTime) p(`NOTE: ${argv.includes('--wall-only') ? '--wall-only' : 'no GNU /usr/bin/time found'}: wall time only; peak memory and cpu NOT measured`);
p(`corpus: ${relative(ROOT, corpus.out)}/ ${corpus.reused ? '(reused)' : '(built now)'}: ${draft} (${corpus.sourceBytes.toLocaleString('en')} B) × ${files.length} files${corpus.big ? `; ${corpus.copiesPerBig} copies in one ${MB(corpus.bigBytes).toFixed(2)} MB file` : ''}`);
p(`output: the records CSV to /dev/null. The peer (${REGEX}) writes the same 11 columns; on one draft:`);
p(`  kyoto-parse ${likeness.rows} rows, ${likeness.bytes.toLocaleString('en')} B; peer ${likeness.peerRows} rows, ${likeness.peerBytes.toLocaleString('en')} B; ` +
  `${likeness.identical} rows identical, ${likeness.samePlace} at the same line and column, ${likeness.rows - likeness.samePlace} missing, ${likeness.peerRows - likeness.samePlace} extra`);
p();
p(`Cold start: one draft (${MB(corpus.sourceBytes).toFixed(2)} MB), ${COLD_RUNS} runs; PARAGRAPH: its first annotated paragraph alone`);
p(`  ${padR('command', 40)}${pad('wall s', 8)}${pad('× node', 8)}${pad('peak MiB', 10)}`);
const base = cold['node -e 0'];
const coldLabels = {
  'node -e 0': 'node -e 0',
  'kyoto-parse --version': 'kyoto-parse --version (load, no parse)',
  'kyoto-parse, one paragraph': 'kyoto-parse PARAGRAPH --format csv',
  'kyoto-parse': 'kyoto-parse DRAFT --format csv',
  regex: 'regex-peer DRAFT',
};
for (const [k, label] of Object.entries(coldLabels)) {
  p(`  ${padR(label, 40)}${pad(sec(cold[k]), 8)}${pad((cold[k].wall / base.wall).toFixed(1), 8)}${pad(mib(cold[k]), 10)}`);
}
p();
p(`Throughput: kyoto-parse --format csv vs the ${PEER}, same files, runs interleaved`);
p(`  ${padR('input', 15)}${pad('MB', 7)} │${pad('runs', 6)}${pad('wall s', 9)}${pad('MB/s', 8)}${pad('peak MiB', 10)}${pad('cpu s', 8)} │${pad('runs', 5)}${pad('wall s', 8)}${pad('MB/s', 8)}${pad('peak MiB', 10)} │${pad('time ×', 8)}`);
p(`  ${padR('', 22)} │${padR(' kyoto-parse', 41)} │${padR(` ${PEER}`, 31)} │${pad('kp/peer', 8)}`);
for (const r of rows) {
  const k = r['kyoto-parse'];
  const x = r.regex;
  p(`  ${padR(r.label, 15)}${pad(MB(r.bytes).toFixed(1), 7)} │${pad(runsOf(k), 6)}${pad(sec(k), 9)}${pad(rate(k, r.bytes), 8)}${pad(mib(k), 10)}${pad(k.cpu === null ? 'n/a' : k.cpu.toFixed(2), 8)} │${pad(runsOf(x), 5)}${pad(sec(x), 8)}${pad(rate(x, r.bytes), 8)}${pad(mib(x), 10)} │${pad((k.timedOut ? '>' : '') + (k.wall / x.wall).toFixed(1), 8)}`);
}
for (const n of notes) p(`  * ${n}`);
p();
const scale = rows.filter((r) => !r.big);
const first = scale[0];
const last = scale[scale.length - 1];
p(`Growth ${first.n} → ${last.n} files (input × ${(last.n / first.n).toFixed(0)}):`);
for (const side of ['kyoto-parse', 'regex']) {
  const late = scale.find((r) => r[side].timedOut);
  if (late) { p(`  ${padR(side === 'regex' ? PEER : side, 12)} not measured: timed out (--timeout ${TIMEOUT} s) at ${late.label}`); continue; }
  const marg = scale.slice(1).map((r, i) => ((r[side].wall - scale[i][side].wall) / (r.n - scale[i].n)) * 1000);
  const mem = gnuTime ? `; peak MiB ${scale.map((r) => mib(r[side])).join(' → ')}` : '';
  const steady = fmtRate(MB(corpus.sourceBytes) / (marg[marg.length - 1] / 1000));
  p(`  ${padR(side === 'regex' ? PEER : side, 12)} time × ${(last[side].wall / first[side].wall).toFixed(1)}; ms per extra file ${marg.map((m) => m.toFixed(1)).join(', ')} (${scale.slice(1).map((r, i) => `${scale[i].n}→${r.n}`).join(', ')}; last step ≈ ${steady} MB/s without start-up)${mem}`);
}
p();
const at = (n) => scale.find((r) => r.n === n);
const timed = at(TIME_FILES);
if (BASELINE) {
  const against = (label, mine, theirs) =>
    p(`  ${padR(label, 36)}${pad(sec(mine), 9)}${pad(sec(theirs), 10)}${pad((mine.wall / theirs.wall).toFixed(2), 9)}${pad(mib(mine), 10)}${pad(mib(theirs), 10)}`);
  p(`Against the baseline ${BASELINE} (${BASELINE_VERSION}), runs interleaved`);
  p(`  ${padR('', 36)}${pad('this s', 9)}${pad('baseline', 10)}${pad('this/bl', 9)}${pad('this MiB', 10)}${pad('bl MiB', 10)}`);
  against('one draft from a cold start', cold['kyoto-parse'], cold.baseline);
  against(`${TIME_FILES} files`, timed['kyoto-parse'], timed.baseline);
  const bigRow = rows.find((r) => r.big);
  if (bigRow) against(bigRow.label, bigRow['kyoto-parse'], bigRow.baseline);
  p();
}
const limitMiB = (bytes) => 200 + (10 * bytes) / 2 ** 20;
p(`Many one-line paragraphs (\`12345. Text [FRA, BEL]\`: past 999 a number is no label, so one long paragraph); limit: 200 MiB + 10 × input`);
p(`  ${padR('lines', 11)}${pad('MB', 6)}${pad('limit', 7)} │${pad('csv s', 8)}${pad('MiB', 6)} │${pad('check s', 8)}${pad('MiB', 6)} │${pad('json s', 8)}${pad('MiB', 6)} │${pad('cont. s', 8)}${pad('MiB', 6)} │${pad('xlsx s', 8)}${pad('MiB', 6)} │${pad('peer s', 8)}${pad('MiB', 6)}${BASELINE ? ` │${pad('bl csv s', 9)}${pad('MiB', 6)} │${pad('bl chk s', 9)}${pad('MiB', 6)}` : ''}`);
for (const r of lineRows) {
  const cell = (x, w = 8) => (x ? `${pad(sec(x), w)}${pad(mib(x), 6)}` : `${pad('', w)}${pad('', 6)}`);
  p(`  ${padR(r.n.toLocaleString('en'), 11)}${pad(MB(r.bytes).toFixed(1), 6)}${pad(limitMiB(r.bytes).toFixed(0), 7)} │${cell(r['kyoto-parse'])} │${cell(r.check)} │${cell(r.json)} │${cell(r.contested)} │${cell(r.xlsx)} │${cell(r.regex)}${BASELINE ? ` │${cell(r.baseline, 9)} │${cell(r['baseline check'], 9)}` : ''}`);
}
const [fewLines, manyLines] = lineRows;
const lineScale = manyLines.bytes / fewLines.bytes;
for (const side of ['kyoto-parse', 'check', 'json', 'contested', 'xlsx', ...(BASELINE ? ['baseline', 'baseline check'] : [])]) {
  const [a, b] = [fewLines[side], manyLines[side]];
  p(`  ${padR({ 'kyoto-parse': 'records CSV', json: 'records JSON', xlsx: 'workbook' }[side] ?? side, 15)} input × ${lineScale.toFixed(1)}: time × ${b.timedOut ? '>' : ''}${(b.wall / a.wall).toFixed(1)}, peak memory × ${a.rssKiB && b.rssKiB ? (b.rssKiB / a.rssKiB).toFixed(1) : 'n/a'}`);
}
p();

// The figures bench/README.md asks for, from this run. Only memory has a limit of its own: time
// is judged against the peer and against the baseline, side by side.
const memFrom = at(MEMORY_FROM)['kyoto-parse'].rssKiB;
const memTo = last['kyoto-parse'].rssKiB;
const checks = [
  { what: `${TIME_FILES}-file records CSV, kyoto-parse / ${PEER}`, shown: `${timed['kyoto-parse'].timedOut ? '>' : ''}${(timed['kyoto-parse'].wall / timed.regex.wall).toFixed(2)}×` },
  { what: 'cold start (one draft) / node -e 0', shown: `${(cold['kyoto-parse'].wall / base.wall).toFixed(2)}×` },
  memTo === null ? { what: 'peak memory', shown: 'n/a' }
    : { what: `peak memory at ${MAX_FILES} files / at ${MEMORY_FROM} files`, shown: `${(memTo / memFrom).toFixed(2)}×`, limit: '≤ 1.1×', pass: memTo <= 1.1 * memFrom },
  ...(memTo === null ? [] : [{ what: `peak memory at ${MAX_FILES} files`, shown: `${(memTo / 1024).toFixed(0)} MiB`, limit: '< 200 MiB', pass: memTo < 200 * 1024 }]),
  ...lineRows.flatMap((r) => [['kyoto-parse', 'records CSV'], ['check', 'check'], ['json', 'records JSON'], ['contested', 'contested'], ['xlsx', 'workbook']].filter(([side]) => r[side].rssKiB !== null).map(([side, name]) => ({
    what: `peak memory, ${r.n.toLocaleString('en')} one-line paragraphs, ${name}`,
    shown: `${(r[side].rssKiB / 1024).toFixed(0)} MiB`,
    limit: `< ${limitMiB(r.bytes).toFixed(0)} MiB`,
    pass: r[side].rssKiB / 1024 < limitMiB(r.bytes),
  }))),
];
p(`Figures${quick ? ' (QUICK: smaller sets of files stand in)' : ''}`);
for (const c of checks) p(`  ${padR(c.what, 50)}${pad(c.shown, 10)}${c.limit ? `${pad(c.limit, 12)}  ${c.pass ? 'PASS' : 'FAIL'}` : ''}`);
p();
p(`total ${elapsed.toFixed(0)} s`);
console.log(out.join('\n'));

// The trace (reference draft against the adopted text) is measured by its own script, in the
// same run so that its figures share this run's machine.
const trace = spawnSync(process.execPath, ['bench/trace.js', '--runs', String(COLD_RUNS)], { cwd: ROOT, stdio: 'inherit' });
if (trace.status !== 0) fail(`bench/trace.js failed with status ${trace.status}`);

if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify({ node: process.version, quick, runs: RUNS, gnuTime, baseline: BASELINE && { dir: BASELINE, version: BASELINE_VERSION }, corpus: { ...corpus, files: files.length }, likeness, cold, rows, lineRows, checks, notes, samples }, null, 2) + '\n');
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

/** How close the peer's CSV is to kyoto-parse's: rows, rows at the same line and column, identical rows, bytes. */
function compareCsv(kyotoText, peerText) {
  const [, ...mine] = parseCsv(kyotoText);
  const [, ...theirs] = parseCsv(peerText);
  const place = (row) => `${row[7]}:${row[8]}`;
  const byPlace = new Map(theirs.map((row) => [place(row), row.join('\u0000')]));
  const found = mine.filter((row) => byPlace.has(place(row)));
  return {
    rows: mine.length, peerRows: theirs.length, bytes: Buffer.byteLength(kyotoText), peerBytes: Buffer.byteLength(peerText),
    samePlace: found.length, identical: found.filter((row) => byPlace.get(place(row)) === row.join('\u0000')).length,
  };
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
