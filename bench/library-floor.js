// The floor that kyoto-parse's two required libraries set: for each file, chevrotain lexes it with
// kyoto-parse's own token definitions (grammar/tokens.ts), and csv-stringify writes its records as
// kyoto-parse writes them (formatRecordsCsvRows). Nothing is parsed: the records are the reference
// draft's, made once before timing (RECORDS.json, `kyoto-parse DRAFT -f json`), and every file
// must be a copy of that draft, as the corpus's files are. What kyoto-parse does beyond this
// floor (paragraphs, parsing, stance rules, excerpts) is its own cost; below it, no design that
// keeps these two libraries can go.
//
// run.js bundles this file with esbuild, as the CLI is bundled, into bench/out/library-floor.cjs:
//   node bench/out/library-floor.cjs [--only lex|csv] RECORDS.json FILE...
import { readFileSync, writeSync } from 'node:fs';
import { draftLexer } from '../dist/grammar/tokens.js';
import { formatRecordsCsvHeader, formatRecordsCsvRows } from '../dist/src/formatters/records-csv.js';

const args = process.argv.slice(2);
const only = args[0] === '--only' ? args.splice(0, 2)[1] : null;
if (only !== null && only !== 'lex' && only !== 'csv') fail(`--only takes lex or csv, not '${only}'`);
const [recordsFile, ...files] = args;
if (files.length === 0) fail('usage: library-floor.cjs [--only lex|csv] RECORDS.json FILE...');
const { records, sourceLength } = JSON.parse(readFileSync(recordsFile, 'utf8'));

write(formatRecordsCsvHeader());
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  // Cheap, but enough to refuse a corpus that is not made of copies of the draft.
  if (text.length !== sourceLength) fail(`${file}: not a copy of the draft the records came from`);
  if (only !== 'csv') draftLexer.tokenize(text);
  if (only === 'lex') continue;
  for (const record of records) record.file = file;
  write(formatRecordsCsvRows(records));
}

// Synchronous, as the bench sends stdout to /dev/null: no stream machinery in the floor.
function write(text) {
  writeSync(1, text);
}

function fail(message) {
  process.stderr.write(`library-floor: ${message}\n`);
  process.exit(2);
}
