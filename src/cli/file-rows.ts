/**
 * One file's part of the records CSV: parse, filter, format. The same function runs in the main
 * thread or, with `--jobs`, in a worker (rows-worker.ts), so both give the same bytes.
 */
import { filterRecords } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { formatRecordsCsvRows } from '../formatters/records-csv.js';
import type { DecodedDraft } from '../io/decode.js';
import { loadCodeTable } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import type { Diagnostic, Stance } from '../types.js';

/** What a renderer needs, as plain data a worker can receive (configuration files already checked). */
export interface RowsSettings {
  aliases?: string;
  vocabulary?: string;
  /** Canonical codes. */
  countries?: string[];
  paragraphs?: string[];
  stances?: Stance[];
  escapeFormulas: boolean;
}

export interface FileRows {
  /** CSV rows without the header, `\n`-terminated; empty when no record passes the filters. */
  rows: string;
  diagnostics: Diagnostic[];
}

export type RenderRows = (file: string, draft: DecodedDraft) => FileRows;

const asSet = <T>(items: T[] | undefined) => items && new Set(items);

export function rowsRenderer(settings: RowsSettings): RenderRows {
  const codes = loadCodeTable(settings.aliases);
  const vocabulary = loadVocabulary(settings.vocabulary);
  const filter = { countries: asSet(settings.countries), paragraphs: asSet(settings.paragraphs), stances: asSet(settings.stances) };
  const csv = { escapeFormulas: settings.escapeFormulas };
  return (file, { text, invalidLines }) => {
    const result = parseDraft(text, { file, codes, vocabulary, invalidLines });
    return { rows: formatRecordsCsvRows(filterRecords(result.records, filter), csv), diagnostics: result.diagnostics };
  };
}
