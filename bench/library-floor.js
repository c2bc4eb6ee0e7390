// A lower bound set by kyoto-parse's two required libraries: for each file, chevrotain lexes it
// with kyoto-parse's own token definitions (grammar/tokens.ts, whose custom matchers are
// kyoto-parse's code), and csv-stringify writes its records as kyoto-parse writes them
// (formatRecordsCsvRows, called once per paragraph as kyoto-parse calls it). Nothing is parsed:
// the records are the reference draft's, made once before timing (RECORDS.json, the `records` of
// `kyoto-parse DRAFT -f json`), and every file must be a copy of that draft, as the corpus's
// files are (checked by length: LENGTH is the draft's length in UTF-16 units).
//
// run.js bundles this file with esbuild, as the CLI is bundled, into bench/out/library-floor.cjs:
//   node bench/out/library-floor.cjs [--only lex|csv] LENGTH RECORDS.json FILE...
import { readFileSync, writeSync } from 'node:fs';
import { draftLexer } from '../dist/grammar/tokens.js';
import { formatRecordsCsvHeader, formatRecordsCsvRows } from '../dist/src/formatters/records-csv.js';

const args = process.argv.slice(2);
const only = args[0] === '--only' ? args.splice(0, 2)[1] : null;
if (only !== null && only !== 'lex' && only !== 'csv') fail(`--only takes lex or csv, not '${only}'`);
const [length, recordsFile, ...files] = args;
if (files.length === 0 || !/^\d+$/.test(length)) fail('usage: library-floor.cjs [--only lex|csv] LENGTH RECORDS.json FILE...');
// The lexer-only side does not pay for reading the records.
const paragraphs = only === 'lex' ? [] : byParagraph(JSON.parse(readFileSync(recordsFile, 'utf8')));

write(formatRecordsCsvHeader());
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (text.length !== Number(length)) fail(`${file}: not a copy of the draft the records came from`);
  if (only !== 'csv') draftLexer.tokenize(text);
  for (const records of paragraphs) {
    for (const record of records) record.file = file;
    write(formatRecordsCsvRows(records));
  }
}

/** Records in runs of one paragraph each: one csv-stringify call per paragraph, as in kyoto-parse. */
function byParagraph(records) {
  const runs = [];
  for (const record of records) {
    const run = runs.at(-1);
    if (run && run[0].paragraph === record.paragraph) run.push(record);
    else runs.push([record]);
  }
  return runs;
}

// Synchronous, as the bench sends stdout to /dev/null: no stream machinery in the floor.
function write(text) {
  writeSync(1, text);
}

function fail(message) {
  process.stderr.write(`library-floor: ${message}\n`);
  process.exit(2);
}
