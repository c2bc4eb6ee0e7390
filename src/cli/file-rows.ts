/**
 * One file's part of the records CSV: read, filter and format it paragraph by paragraph, so a
 * caller that writes each piece out holds one paragraph's records at a time.
 */
import { filterRecords, type RecordFilter } from '../analyses/filter.js';
import { readDraft } from '../api.js';
import { formatRecordsCsvRows } from '../formatters/records-csv.js';
import type { DecodedDraft } from '../io/decode.js';
import type { CodeTable } from '../records/codes.js';
import type { Vocabulary } from '../records/vocabulary.js';
import type { Diagnostic } from '../types.js';

export interface RowsSettings {
  codes: CodeTable;
  vocabulary: Vocabulary;
  filter: RecordFilter;
  escapeFormulas: boolean;
}

/**
 * A file's part of the records CSV as it is read. `pieces`: its rows (no header), one piece per
 * paragraph with records that pass the filters, each made when it is asked for. `diagnostics()`:
 * the file's diagnostics in position order, known only once `pieces` has been read to its end.
 */
export interface RowsReading {
  pieces: Iterable<string>;
  diagnostics(): Diagnostic[];
}

export type RenderRows = (file: string, draft: DecodedDraft) => RowsReading;

export function rowsRenderer({ codes, vocabulary, filter, escapeFormulas }: RowsSettings): RenderRows {
  const csv = { escapeFormulas };
  return (file, { text, invalidLines }) => {
    const reading = readDraft(text, { file, codes, vocabulary, invalidLines });
    function* pieces(): Generator<string> {
      for (const part of reading.paragraphs) {
        const records = filterRecords(part.records, filter);
        if (records.length > 0) yield formatRecordsCsvRows(records, csv);
      }
    }
    return { pieces: pieces(), diagnostics: reading.diagnostics };
  };
}
