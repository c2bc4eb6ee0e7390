#!/usr/bin/env node
// Builds the benchmark corpus from the reference draft, under bench/out/ (git-ignored):
//   bench/out/corpus/draft-001.txt … draft-300.txt   300 byte-identical copies, one file each
//   bench/out/big-30mb.txt                           the draft repeated to at least 30 MB (10^6 bytes)
// A manifest records the source's hash and the sizes; a corpus that matches it is reused as it is.
// Usage: node bench/corpus.js [--out DIR] [--copies N] [--big-mb N]   (prints the manifest)
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..');
export const REFERENCE = join(ROOT, 'fixtures', 'kyoto-6227-20-annexes.txt');
export const DEFAULT_OUT = join(here, 'out');

/**
 * Returns { source, sourceBytes, files: [absolute paths of the copies], big: absolute path | null,
 * bigBytes, copiesPerBig, reused: boolean }. Creates or refreshes the corpus when needed.
 */
export function ensureCorpus({ out = DEFAULT_OUT, copies = 300, bigMB = 30, source = REFERENCE } = {}) {
  const text = readFileSync(source);
  // Copies of the draft are joined by a newline when the draft does not end with one, so that a
  // paragraph never runs into the title of the next copy.
  const unit = text.length && text[text.length - 1] !== 0x0a ? Buffer.concat([text, Buffer.from('\n')]) : text;
  const copiesPerBig = bigMB > 0 ? Math.ceil((bigMB * 1e6) / unit.length) : 0;
  const want = {
    source: relative(ROOT, source),
    sha256: createHash('sha256').update(text).digest('hex'),
    sourceBytes: text.length,
    copies,
    copiesPerBig,
    bigBytes: copiesPerBig * unit.length,
  };
  const corpusDir = join(out, 'corpus');
  const bigPath = join(out, `big-${bigMB}mb.txt`);
  const manifestPath = join(out, 'manifest.json');
  const files = Array.from({ length: copies }, (_, i) => join(corpusDir, `draft-${String(i + 1).padStart(3, '0')}.txt`));

  let have = null;
  try { have = JSON.parse(readFileSync(manifestPath, 'utf8')); } catch { /* none yet */ }
  const sameSource = have && have.sha256 === want.sha256;
  const copiesOk = sameSource && files.every((f) => sizeOf(f) === text.length);
  const bigOk = !copiesPerBig || (sameSource && have.copiesPerBig === copiesPerBig && sizeOf(bigPath) === want.bigBytes);
  // A run that asks for no big file keeps the record of one already built.
  if (!copiesPerBig && sameSource) Object.assign(want, { copiesPerBig: have.copiesPerBig ?? 0, bigBytes: have.bigBytes ?? 0 });
  if (copiesOk && bigOk) return result(true);

  mkdirSync(out, { recursive: true });
  writeFileSync(manifestPath + '.tmp', '{}'); // an interrupted build leaves no manifest behind
  rmSync(manifestPath, { force: true });
  if (!copiesOk) {
    rmSync(corpusDir, { recursive: true, force: true });
    mkdirSync(corpusDir, { recursive: true });
    for (const f of files) writeFileSync(f, text);
  }
  if (!bigOk) {
    const tmp = bigPath + '.tmp';
    const fd = openSync(tmp, 'w');
    try { for (let i = 0; i < copiesPerBig; i++) writeSync(fd, unit); } finally { closeSync(fd); }
    renameSync(tmp, bigPath);
  }
  writeFileSync(manifestPath, JSON.stringify(want, null, 2) + '\n');
  rmSync(manifestPath + '.tmp', { force: true });
  return result(false);

  function result(reused) {
    return { ...want, source, files, big: copiesPerBig ? bigPath : null, copiesPerBig, bigBytes: copiesPerBig * unit.length, reused, out };
  }
}

/**
 * A draft of `lines` one-line paragraphs, `12345. Text [FRA, BEL]`, under `out` (built once): numbers
 * past 999 are no paragraph label, so all but the first 998 lines make one long paragraph, the shape
 * that once held a paragraph's every token at once. Returns { path, bytes }.
 */
export function ensureLines(lines, out = DEFAULT_OUT) {
  const path = join(out, `lines-${lines}.txt`);
  const codes = ['FRA', 'BEL', 'DEU', 'USA', 'JPN'];
  const line = (i) => `${i}. Text [${codes[i % 5]}, ${codes[(i + 1) % 5]}]\n`;
  let bytes = 0;
  for (let i = 1; i <= lines; i++) bytes += line(i).length;
  if (sizeOf(path) !== bytes) {
    mkdirSync(out, { recursive: true });
    const fd = openSync(path + '.tmp', 'w');
    try {
      for (let from = 1; from <= lines; from += 10_000) {
        let chunk = '';
        for (let i = from; i < Math.min(from + 10_000, lines + 1); i++) chunk += line(i);
        writeSync(fd, chunk);
      }
    } finally { closeSync(fd); }
    renameSync(path + '.tmp', path);
  }
  return { path, bytes };
}

function sizeOf(path) {
  try { return statSync(path).size; } catch { return -1; }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const started = Date.now();
  const c = ensureCorpus({ out: resolve(opt('--out', DEFAULT_OUT)), copies: Number(opt('--copies', 300)), bigMB: Number(opt('--big-mb', 30)) });
  const { files, ...rest } = c;
  console.log(JSON.stringify({ ...rest, files: `${files.length} files under ${dirname(files[0] ?? c.out)}`, seconds: (Date.now() - started) / 1000 }, null, 2));
}
