// One file's part of the records CSV as the CLI streams it (src/cli/file-rows.ts), against the
// library's whole-file result on the reference draft.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { rowsRenderer, type RowsReading, type RowsSettings } from '../src/cli/file-rows.js';
import { formatRecordsCsv, formatRecordsCsvHeader } from '../src/formatters/records-csv.js';
import { decodeDraft } from '../src/io/decode.js';
import { loadCodeTable } from '../src/records/codes.js';
import { loadVocabulary } from '../src/records/vocabulary.js';

const file = 'fixtures/kyoto-6227-20-annexes.txt';
const bytes = readFileSync(join(import.meta.dirname, '..', file));
const settings: RowsSettings = { codes: loadCodeTable(), vocabulary: loadVocabulary(), filter: {}, escapeFormulas: true };

/** All of a file's pieces, then its diagnostics. */
function collectRows({ pieces, diagnostics }: RowsReading) {
  const rows = [...pieces];
  return { rows, diagnostics: diagnostics() };
}

describe('a file read for the records CSV', () => {
  it('refuses to give its diagnostics before its rows have all been read', () => {
    const reading = rowsRenderer(settings)(file, decodeDraft(bytes));
    expect(() => reading.diagnostics()).toThrow(/before the last paragraph was read/);
    const iterator = reading.pieces[Symbol.iterator]();
    iterator.next();
    expect(() => reading.diagnostics()).toThrow(/before the last paragraph was read/);
  });

  it('gives, once read, the rows and diagnostics of the whole-file parse', () => {
    const whole = parseDraft(bytes.toString('utf8'), { file });
    const { rows, diagnostics } = collectRows(rowsRenderer(settings)(file, decodeDraft(bytes)));
    // The reference draft's figures (README): 1,519 records and 166 diagnostics.
    expect(whole.records).toHaveLength(1519);
    expect(diagnostics).toHaveLength(166);
    expect(diagnostics).toEqual(whole.diagnostics);
    expect(formatRecordsCsvHeader({ escapeFormulas: true }) + rows.join('')).toBe(formatRecordsCsv(whole.records, { escapeFormulas: true }));
  });

  it('puts the file\'s own diagnostics (bytes replaced) in position order among the paragraphs\'', () => {
    // An unclosed `[` on line 1 and `(` on line 5; an invalid byte (0xff) on line 3, column 8.
    const draft = Buffer.concat([Buffer.from('1. Text [FRA\n\n2. Bad '), Buffer.from([0xff]), Buffer.from(' bytes [BEL]\n\n3. More (ITA\n')]);
    const { diagnostics } = collectRows(rowsRenderer(settings)('bad.txt', decodeDraft(draft)));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:9 unclosed-group', '3:8 invalid-encoding', '5:9 unclosed-group']);
  });
});
