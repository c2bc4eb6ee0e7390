/**
 * Mutation fuzzing of a draft, shared by test/fuzz.test.ts (a short, bounded run) and
 * scripts/fuzz.js (`npm run fuzz`, a long one). Plain ESM JavaScript so that both the
 * TypeScript test suite and the compiled-dist script can import it.
 *
 * Every case is deterministic from one 32-bit case seed: `mutantFor(base, caseSeed(runSeed, i))`
 * rebuilds exactly the same mutant, so a failure printed as its case seed and mutation list
 * can be replayed (`node scripts/fuzz.js --replay <caseSeed>`).
 *
 * Mutations work on the file's bytes (a cut may split a UTF-8 sequence, which exercises the
 * decoder's invalid-byte path as well as the parser).
 */

/**
 * @typedef {{ op: 'delete', at: number, length: number }
 *   | { op: 'duplicate', at: number, length: number }
 *   | { op: 'swap', a: number, aLength: number, b: number, bLength: number }
 *   | { op: 'insert', at: number, piece: string }} Mutation
 */

/**
 * @typedef {object} Library what the checker runs: the library's functions, from src/ or dist/
 * @property {(text: string, options?: object) => { records: any[], diagnostics: any[] }} parseDraft
 * @property {(bytes: Uint8Array) => { text: string, invalidLines: number[] }} decodeDraft
 * @property {object} [codes] a code table loaded once (faster than one per case)
 * @property {object} [vocabulary] a vocabulary loaded once
 */

/** The pieces an `insert` mutation drops at a random place. */
export const INSERT_PIECES = ['[', ']', '(', ')', '~~', ':', ';', ',', '\n', ' FRA', '[RUS', 'delete:'];

const STANCES = new Set(['support', 'oppose', 'delete', 'other']);

/**
 * A small, fast PRNG (mulberry32) returning uint32 values.
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * The seed of case `index` of a run seeded `runSeed` (a splitmix-style hash of both).
 * @param {number} runSeed
 * @param {number} index
 * @returns {number}
 */
export function caseSeed(runSeed, index) {
  let h = (Math.imul(runSeed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * @param {() => number} rng
 * @param {number} n
 * @returns {number} an integer in [0, n)
 */
function below(rng, n) {
  return n <= 0 ? 0 : rng() % n;
}

/** A range length: mostly short, sometimes a paragraph, rarely a page. */
function rangeLength(rng, max) {
  const roll = below(rng, 100);
  const cap = roll < 70 ? 64 : roll < 95 ? 1024 : 16384;
  return Math.max(1, Math.min(max, 1 + below(rng, cap)));
}

/**
 * One random mutation of a buffer of `size` bytes.
 * @param {() => number} rng
 * @param {number} size
 * @returns {Mutation}
 */
export function randomMutation(rng, size) {
  const kind = below(rng, size < 2 ? 1 : 10);
  if (kind === 0 || size < 2) {
    return { op: 'insert', at: below(rng, size + 1), piece: INSERT_PIECES[below(rng, INSERT_PIECES.length)] };
  }
  if (kind <= 3) {
    const at = below(rng, size);
    return { op: 'delete', at, length: rangeLength(rng, size - at) };
  }
  if (kind <= 5) {
    const at = below(rng, size);
    return { op: 'duplicate', at, length: rangeLength(rng, size - at) };
  }
  if (kind <= 7) {
    const a = below(rng, size - 1);
    const aLength = rangeLength(rng, Math.max(1, Math.floor((size - a) / 2)));
    const b = a + aLength + below(rng, size - a - aLength);
    if (b >= size) return { op: 'insert', at: a, piece: INSERT_PIECES[below(rng, INSERT_PIECES.length)] };
    return { op: 'swap', a, aLength, b, bLength: rangeLength(rng, size - b) };
  }
  return { op: 'insert', at: below(rng, size + 1), piece: INSERT_PIECES[below(rng, INSERT_PIECES.length)] };
}

/**
 * @param {Uint8Array} bytes
 * @param {Mutation} m
 * @returns {Uint8Array}
 */
export function applyMutation(bytes, m) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (m.op) {
    case 'delete':
      return Buffer.concat([b.subarray(0, m.at), b.subarray(m.at + m.length)]);
    case 'duplicate':
      return Buffer.concat([b.subarray(0, m.at + m.length), b.subarray(m.at, m.at + m.length), b.subarray(m.at + m.length)]);
    case 'swap':
      return Buffer.concat([
        b.subarray(0, m.a), b.subarray(m.b, m.b + m.bLength), b.subarray(m.a + m.aLength, m.b),
        b.subarray(m.a, m.a + m.aLength), b.subarray(m.b + m.bLength),
      ]);
    case 'insert':
      return Buffer.concat([b.subarray(0, m.at), Buffer.from(m.piece, 'utf8'), b.subarray(m.at)]);
    default:
      throw new Error(`unknown mutation ${JSON.stringify(m)}`);
  }
}

/**
 * The mutant of case `seed`: half the cases one mutation, the others 2 to 8 in a row.
 * @param {Uint8Array} base
 * @param {number} seed
 * @returns {{ seed: number, mutations: Mutation[], bytes: Uint8Array }}
 */
export function mutantFor(base, seed) {
  const rng = prng(seed);
  const count = below(rng, 2) === 0 ? 1 : 2 + below(rng, 7);
  /** @type {Mutation[]} */
  const mutations = [];
  let bytes = base;
  for (let i = 0; i < count; i++) {
    const m = randomMutation(rng, bytes.length);
    mutations.push(m);
    bytes = applyMutation(bytes, m);
  }
  return { seed, mutations, bytes };
}

/**
 * @param {Mutation[]} mutations
 * @returns {string} e.g. `delete 120+5; insert "~~" at 3300`
 */
export function describeMutations(mutations) {
  return mutations.map((m) => {
    switch (m.op) {
      case 'delete': return `delete bytes ${m.at}+${m.length}`;
      case 'duplicate': return `duplicate bytes ${m.at}+${m.length}`;
      case 'swap': return `swap bytes ${m.a}+${m.aLength} with ${m.b}+${m.bLength}`;
      case 'insert': return `insert ${JSON.stringify(m.piece)} at byte ${m.at}`;
      default: return JSON.stringify(m);
    }
  }).join('; ');
}

/**
 * Decodes and parses one mutant and lists what is wrong: a throw, a parse slower than
 * `timeLimitMs`, a record whose line/column does not point at its raw code in the decoded
 * text, records out of order, a diagnostic outside the text.
 * @param {Library} lib
 * @param {Uint8Array} bytes
 * @param {{ timeLimitMs?: number, file?: string }} [options]
 * @returns {{ problems: string[], ms: number, records: number, diagnostics: number }}
 */
export function checkMutant(lib, bytes, options = {}) {
  const { timeLimitMs = 2000, file = 'mutant.txt' } = options;
  /** @type {string[]} */
  const problems = [];
  const started = performance.now();
  let text;
  let result;
  try {
    const decoded = lib.decodeDraft(bytes);
    text = decoded.text;
    result = lib.parseDraft(text, { file, codes: lib.codes, vocabulary: lib.vocabulary, invalidLines: decoded.invalidLines });
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(error);
    return { problems: [`threw: ${message}`], ms: performance.now() - started, records: 0, diagnostics: 0 };
  }
  const ms = performance.now() - started;
  if (ms > timeLimitMs) problems.push(`took ${Math.round(ms)} ms (limit ${timeLimitMs} ms)`);

  const lines = text.split('\n');
  /** @type {Map<number, string[]>} */
  const characters = new Map();
  const charsOf = (line) => {
    let chars = characters.get(line);
    if (!chars) {
      chars = Array.from(lines[line - 1] ?? '');
      characters.set(line, chars);
    }
    return chars;
  };
  const say = (message) => { if (problems.length < 20) problems.push(message); };

  let previous = null;
  for (const r of result.records) {
    const where = `record ${r.country} ${JSON.stringify(r.raw)} at ${r.line}:${r.column}`;
    if (!Number.isInteger(r.line) || !Number.isInteger(r.column) || r.line < 1 || r.column < 1 || r.line > lines.length) {
      say(`${where}: position outside the text (${lines.length} lines)`);
      continue;
    }
    const raw = Array.from(r.raw);
    const found = charsOf(r.line).slice(r.column - 1, r.column - 1 + raw.length).join('');
    if (found !== r.raw) say(`${where}: the text there is ${JSON.stringify(found)}`);
    if (!STANCES.has(r.stance)) say(`${where}: stance ${JSON.stringify(r.stance)}`);
    if (typeof r.country !== 'string' || r.country === '') say(`${where}: no country`);
    if (previous && (previous.line > r.line || (previous.line === r.line && previous.column > r.column))) {
      say(`${where}: out of order after ${previous.line}:${previous.column}`);
    }
    previous = r;
  }
  for (const d of result.diagnostics) {
    const where = `diagnostic ${d.rule} at ${d.line}:${d.column}`;
    if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1) say(`${where}: line and column must be integers >= 1`);
    else if (d.line > lines.length) say(`${where}: past the last line (${lines.length})`);
    else if (d.column > charsOf(d.line).length + 1) say(`${where}: past the end of its line (${charsOf(d.line).length} characters)`);
  }
  return { problems, ms, records: result.records.length, diagnostics: result.diagnostics.length };
}
