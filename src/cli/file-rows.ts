/**
 * One file's part of the records CSV: read, filter and format it paragraph by paragraph. The same
 * function runs in the main thread or, with `--jobs`, in a worker (rows-worker.ts), so both give
 * the same bytes.
 */
import { filterRecords, type RecordFilter } from '../analyses/filter.js';
import { readDraft } from '../api.js';
import { formatRecordsCsvRows } from '../formatters/records-csv.js';
import type { DecodedDraft } from '../io/decode.js';
import type { JsonSource } from '../data-path.js';
import { loadCodeTable, type CodeTable } from '../records/codes.js';
import { loadVocabulary, type Vocabulary } from '../records/vocabulary.js';
import type { Diagnostic } from '../types.js';

/** What a renderer needs, as plain data a worker can receive (configuration files read and checked). */
export interface RowsSettings {
  aliases?: JsonSource;
  vocabulary?: JsonSource;
  /** Its sets reach a worker as sets (structured clone). */
  filter: RecordFilter;
  escapeFormulas: boolean;
}

export interface FileRows {
  /** CSV rows without the header, `\n`-terminated, in pieces; none when no record passes the filters. */
  rows: string[];
  diagnostics: Diagnostic[];
}

/**
 * A file's part of the records CSV as it is read. `pieces`: its rows (no header), one piece per
 * paragraph with records that pass the filters, each made when it is asked for, so a caller that
 * writes each out holds one paragraph's records at a time. `diagnostics()`: the file's
 * diagnostics in position order, which are known only once `pieces` has been read to its end
 * (asked for earlier, it throws rather than give part of them).
 */
export interface RowsReading {
  pieces: Iterable<string>;
  diagnostics(): Diagnostic[];
}

export type RenderRows = (file: string, draft: DecodedDraft) => RowsReading;

/** `tables`: the code table and vocabulary already built from the settings (a worker builds its own). */
export function rowsRenderer(settings: RowsSettings, tables?: { codes: CodeTable; vocabulary: Vocabulary }): RenderRows {
  const codes = tables?.codes ?? loadCodeTable(settings.aliases);
  const vocabulary = tables?.vocabulary ?? loadVocabulary(settings.vocabulary);
  const { filter } = settings;
  const csv = { escapeFormulas: settings.escapeFormulas };
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

/** All of a file's pieces at once, as a worker sends them. */
export function collectRows({ pieces, diagnostics }: RowsReading): FileRows {
  const rows = [...pieces];
  return { rows, diagnostics: diagnostics() };
}

/** A collected file (a worker's message) read again. */
export const replayRows = ({ rows, diagnostics }: FileRows): RowsReading => ({ pieces: rows, diagnostics: () => diagnostics });
