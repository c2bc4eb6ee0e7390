#!/usr/bin/env node
// Runs every command and format on every fixture with two built checkouts and reports any
// difference in standard output, standard error or exit status: the guard for a change that must
// not change what kyoto-parse prints (a refactoring). Usage:
//   node scripts/compare-outputs.js --baseline DIR [--verbose]
// DIR is another checkout with `npm ci` done (for example `git worktree add DIR main`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, verbose: { type: 'boolean' } } });
if (!values.baseline) {
  process.stderr.write('usage: node scripts/compare-outputs.js --baseline DIR\n');
  process.exit(2);
}
const here = resolve(import.meta.dirname, '..');
const there = resolve(values.baseline);
for (const dir of [here, there]) {
  if (!existsSync(join(dir, 'bin/kyoto-parse.js'))) throw new Error(`${dir}: no bin/kyoto-parse.js (not a checkout?)`);
}

const drafts = readdirSync(join(here, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/${f}`);
const checkFixtures = readdirSync(join(here, 'fixtures/check')).map((f) => `fixtures/check/${f}`);
const analyticsFixtures = readdirSync(join(here, 'fixtures/analytics')).map((f) => `fixtures/analytics/${f}`);
const reference = 'fixtures/kyoto-6227-20-annexes.txt';
const everything = [...drafts, ...checkFixtures, ...analyticsFixtures];

/** Each case: the arguments, and optionally standard input's file and extra environment. */
const cases = [];
const add = (args, extra = {}) => cases.push({ args, ...extra });
for (const file of everything) {
  for (const format of ['csv', 'json', 'report', 'matrix', 'matrix-csv', 'matrix-json']) add([file, '--format', format]);
  add([file, '--format', 'report', '--counts', '--width', '60']);
  add([file, '--diagnostics']);
  for (const format of ['text', 'json', 'github', 'sarif']) add(['check', file, '--format', format]);
  add(['check', file, '--strict', '--max-per-rule', '0']);
  add(['contested', file, '--top', '0']);
  add(['blocs', file, '--format', 'pairs-csv']);
}
add([...drafts, '--format', 'csv']);
add(['check', ...checkFixtures]);
add(['-', '--format', 'json'], { stdin: reference });
add(['check', '-'], { stdin: 'fixtures/check/several-faults.txt' });
add([reference, '--format', 'report', '--width', '100'], { env: { FORCE_COLOR: '1' } });
add([reference, '--format', 'report', '--width', '100'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
add([reference, '--stance', 'delete', '--country', 'USA,UK']);
add([reference, '--paragraph', 'OP6 Bis,OP16 Ter', '--format', 'json']);
add([reference, '--no-escape-formulas']);
// The HTML report, alone, of several drafts, and traced into the adopted text.
add(['report', reference]);
add(['report', ...drafts]);
add(['report', reference, '--later', 'fixtures/kyoto-final-6456-21.txt', '--draft-lines', '108-443', '--base-lines', '444-701']);
for (const format of ['table', 'csv', 'json']) {
  add(['matrix', reference, '--format', format]);
  add(['matrix', reference, '--format', format, '--counts', '--country', 'FRA,UK,RUS']);
  add(['country', 'UK', reference, '--format', format]);
  add(['country', 'EU', reference, '--format', format, '--expand-groups']);
  add(['paragraph', 'OP6 Bis', reference, '--format', format]);
  add(['paragraph', 'pp4 alt1', reference, '--format', format, '--width', '70']);
  add(['contested', reference, '--format', format]);
  add(['contested', reference, '--format', format, '--top', '3', '--expand-groups']);
}
for (const format of ['table', 'csv', 'pairs-csv', 'json']) {
  add(['blocs', reference, '--format', format]);
  add(['blocs', reference, '--format', format, '--clusters', '4', '--linkage', 'complete', '--min-shared', '5']);
}
// Errors: their messages and statuses are part of the output too.
add(['missing-file.txt']);
add([reference, '--country', 'XYZ']);
add([reference, '--stance', 'maybe']);
add([reference, '--format', 'nope']);
add(['matrix']);
add(['paragraph', 'OP999', reference]);
add(['country', 'france', reference]);
add(['check', 'fixtures']);
add(['--help']);
for (const command of ['matrix', 'check', 'country', 'paragraph', 'contested', 'blocs']) add([command, '--help']);
add(['country', 'FRA', ...drafts]);
add(['country', 'USA', reference, '--width', '30']);
add(['country', 'EU', reference, '--width', '100'], { env: { FORCE_COLOR: '1' } });
add(['paragraph', 'OP1', ...drafts]);
add(['paragraph', 'OP6 Bis', reference, '--width', '20']);
add(['paragraph', 'OP6 Bis', reference, '--width', '100'], { env: { FORCE_COLOR: '1' } });

// One long paragraph (some 400 KB): its text is cleaned a piece at a time (util/text.ts, replaceInPieces).
const scratch = mkdtempSync(join(tmpdir(), 'compare-outputs-'));
// Removed however the run ends.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const long = join(scratch, 'long-paragraph.txt');
const words = ['Parties', 'shall', '~~strengthen~~', '**cooperation**', 'in', '<em>areas</em>', '[FRA, DEU; delete: USA]', 'and\t\tfurther', '~~strike  across~~', 'text\n\n 12 \n'];
writeFileSync(long, `1. ${Array.from({ length: 40_000 }, (_, i) => words[i % words.length]).join(' ')}\n2. Next [GBR]\n`);
for (const args of [[], ['--format', 'json'], ['paragraph', 'OP1'], ['paragraph', 'OP1', '--format', 'json'], ['country', 'FRA'], ['check'], ['report']]) add([...args, long]);

function run(dir, { args, stdin, env }) {
  const result = spawnSync(process.execPath, [join(dir, 'bin/kyoto-parse.js'), ...args], {
    cwd: here, // both read this checkout's fixtures, so file names in the output agree
    input: stdin ? spawnSync('cat', [join(here, stdin)]).stdout : '',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: '100', ...env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

let differences = 0;
for (const testCase of cases) {
  const [ours, theirs] = [run(here, testCase), run(there, testCase)];
  const differing = ['status', 'stdout', 'stderr'].filter((key) => ours[key] !== theirs[key]);
  if (differing.length === 0) continue;
  differences++;
  process.stdout.write(`DIFFERENT (${differing.join(', ')}): kyoto-parse ${testCase.args.join(' ')}${testCase.stdin ? ` < ${testCase.stdin}` : ''}\n`);
  if (values.verbose) {
    for (const key of differing) process.stdout.write(`  ${key}:\n    here:     ${JSON.stringify(ours[key]).slice(0, 400)}\n    baseline: ${JSON.stringify(theirs[key]).slice(0, 400)}\n`);
  }
}
process.stdout.write(`${cases.length - differences} of ${cases.length} cases identical\n`);
process.exitCode = differences === 0 ? 0 : 1;
