/**
 * Mutation fuzzing of the real draft, a fixed number of cases: bytes deleted, duplicated, swapped,
 * brackets, strikes, colons and semicolons inserted at random places. For every mutant the
 * decode + parse must not throw, must take no more than a few times the unmutated draft's parse
 * (timed in the same run: a mutant is at most a few per cent larger, so only a parse that is no
 * longer linear comes near the limit), every record must point (line, column) at its raw code in
 * the mutated text, and every diagnostic inside the text.
 *
 * The run seed is fixed, and each case is rebuilt from its own case seed, so a failure is
 * reproducible: the message names the case seed and its mutations, and
 * `npm run dist && node scripts/fuzz.js --replay <caseSeed>` runs that case alone.
 * `npm run fuzz` runs the same fuzzing for minutes, and catches a parse that never ends.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The shared mutator: plain JavaScript, also used by scripts/fuzz.js.
// @ts-ignore -- a JS module without a declaration file
import { caseSeed, checkMutant, describeMutations, mutantFor } from '../scripts/mutate.js';
import { parseDraft } from '../src/api.js';
import { decodeDraft } from '../src/decode/decode-draft.js';
import { loadCodeTable } from '../src/records/codes.js';
import { loadVocabulary } from '../src/records/vocabulary.js';

const RUN_SEED = 0x6227_2020;
const CASES = 300;
/** A mutant's parse may take this many times the unmutated draft's. */
const SLOWDOWN_LIMIT = 20;
const MAX_REPORTED = 5;

const base = readFileSync(fileURLToPath(new URL('../fixtures/kyoto-6227-20-annexes.txt', import.meta.url)));
const lib = { parseDraft, decodeDraft, codes: loadCodeTable(), vocabulary: loadVocabulary() };

/** Inputs that once crashed the parser (found by this fuzzing and by test/property.test.ts), kept as regressions. */
const KNOWN_CRASHERS = [
  '[:US s[CHE',
  '1. Strengthen cooperation [: FRA, delete [UK]] and more',
  '1. Strengthen [[: FRA strengthen [FRA]]]',
];

interface Failure { index: number; seed: number; mutations: string; problems: string[] }

/** The unmutated draft's parse time, the best of three after a warm-up (measured once). */
let baseMs: number | undefined;
function baseParseMs(): number {
  if (baseMs === undefined) {
    const times = Array.from({ length: 5 }, () => checkMutant(lib, base, { timeLimitMs: Infinity }).ms);
    baseMs = Math.min(...times.slice(2));
  }
  return baseMs;
}

describe('mutation fuzzing of the real draft', () => {
  it('the unmutated draft passes the same checks (the checker is sound)', () => {
    const result = checkMutant(lib, base, { timeLimitMs: Infinity });
    expect(result.problems).toEqual([]);
    expect(result.records).toBeGreaterThan(1000);
  });

  it.each(KNOWN_CRASHERS)('a mutant that once crashed the parse: %j', (text) => {
    expect(checkMutant(lib, Buffer.from(text, 'utf8'), { timeLimitMs: Infinity }).problems).toEqual([]);
  });

  it(`${CASES} mutants never throw, take at most ${SLOWDOWN_LIMIT}× the draft's parse and keep every position right (seed ${RUN_SEED})`, () => {
    const timeLimitMs = SLOWDOWN_LIMIT * baseParseMs();
    const started = Date.now();
    const failures: Failure[] = [];
    let cases = 0;
    let slowest = 0;
    while (cases < CASES && failures.length < MAX_REPORTED) {
      const seed: number = caseSeed(RUN_SEED, cases);
      const mutant = mutantFor(base, seed);
      const result = checkMutant(lib, mutant.bytes, { timeLimitMs });
      slowest = Math.max(slowest, result.ms);
      if (result.problems.length > 0) {
        failures.push({ index: cases, seed, mutations: describeMutations(mutant.mutations), problems: result.problems });
      }
      cases++;
    }
    const report = failures.map((f) =>
      `case ${f.index} (run seed ${RUN_SEED}, case seed ${f.seed}; replay: node scripts/fuzz.js --replay ${f.seed})\n` +
      `  mutations: ${f.mutations}\n  ${f.problems.join('\n  ')}`).join('\n');
    if (failures.length > 0) console.error(`fuzz failures:\n${report}`);
    console.info(`fuzz: ${cases} mutants in ${((Date.now() - started) / 1000).toFixed(1)} s, slowest ${Math.round(slowest)} ms (the draft: ${baseParseMs().toFixed(0)} ms), ${failures.length} failing`);
    expect(report).toBe('');
  });
});
