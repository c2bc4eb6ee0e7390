/**
 * One file's part of the records CSV: parse, filter, format. The same function runs in the main
 * thread or, with `--jobs`, in a worker (rows-worker.ts), so both give the same bytes.
 */
import { filterRecords, type RecordFilter } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { formatRecordsCsvPieces } from '../formatters/records-csv.js';
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

export type RenderRows = (file: string, draft: DecodedDraft) => FileRows;

/** `tables`: the code table and vocabulary already built from the settings (a worker builds its own). */
export function rowsRenderer(settings: RowsSettings, tables?: { codes: CodeTable; vocabulary: Vocabulary }): RenderRows {
  const codes = tables?.codes ?? loadCodeTable(settings.aliases);
  const vocabulary = tables?.vocabulary ?? loadVocabulary(settings.vocabulary);
  const { filter } = settings;
  const csv = { escapeFormulas: settings.escapeFormulas };
  return (file, { text, invalidLines }) => {
    const result = parseDraft(text, { file, codes, vocabulary, invalidLines });
    return { rows: formatRecordsCsvPieces(filterRecords(result.records, filter), csv), diagnostics: result.diagnostics };
  };
}
