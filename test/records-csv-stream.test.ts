// One file's part of the records CSV as the CLI streams it (readDraft's paragraphs through the
// streamed CSV format), against the library's whole-file result on the reference draft.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft, readDraft } from '../src/api.js';
import { formatRecordsCsv, recordsCsvStream } from '../src/formatters/records-csv.js';
import { decodeDraft } from '../src/decode/decode-draft.js';

const file = 'fixtures/kyoto-6227-20-annexes.txt';
const bytes = readFileSync(join(import.meta.dirname, '..', file));

/** The CSV text of one file written paragraph by paragraph, and the file's diagnostics once read. */
function streamed(name: string, draft: Buffer) {
  const { text, invalidLines } = decodeDraft(draft);
  const reading = readDraft(text, { file: name, invalidLines });
  const csv = recordsCsvStream({ escapeFormulas: true });
  let out = csv.start();
  for (const part of reading.paragraphs) if (part.records.length > 0) out += csv.add(part.records);
  return { text: out + csv.end(), diagnostics: reading.diagnostics() };
}

describe('a file read for the records CSV', () => {
  it('gives, once read, the text and diagnostics of the whole-file parse', () => {
    const whole = parseDraft(bytes.toString('utf8'), { file });
    const { text, diagnostics } = streamed(file, bytes);
    // The reference draft's figures (README): 1,519 records and 166 diagnostics.
    expect(whole.records).toHaveLength(1519);
    expect(diagnostics).toHaveLength(166);
    expect(diagnostics).toEqual(whole.diagnostics);
    expect(text).toBe(formatRecordsCsv(whole.records, { escapeFormulas: true }));
  });

  it('puts the file\'s own diagnostics (bytes replaced) in position order among the paragraphs\'', () => {
    // An unclosed `[` on line 1 and `(` on line 5; an invalid byte (0xff) on line 3, column 8.
    const draft = Buffer.concat([Buffer.from('1. Text [FRA\n\n2. Bad '), Buffer.from([0xff]), Buffer.from(' bytes [BEL]\n\n3. More (ITA\n')]);
    const { diagnostics } = streamed('bad.txt', draft);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:9 unclosed-group', '3:8 invalid-encoding', '5:9 unclosed-group']);
  });
});
