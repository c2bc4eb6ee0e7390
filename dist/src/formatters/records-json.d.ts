import { type Diagnostic, type Paragraph, type StanceRecord } from '../types.js';
import type { StreamedFormat } from './contract.js';
export interface RecordsJsonInput {
    records: readonly StanceRecord[];
    paragraphs: readonly Paragraph[];
    diagnostics?: readonly Diagnostic[];
}
/** A paragraph as written to JSON: its text is left out to keep the output small. */
export type ParagraphSummary = Omit<Paragraph, 'text'>;
/**
 * Records as pretty JSON (2-space indent, trailing newline):
 *
 * ```
 * {
 *   "paragraphs": [{ "file", "id", "baseId", "kind", "label", "startLine", "endLine" }, ...],
 *   "records": [{ "file", "paragraph", "country", "name", "stance", "label", "raw",
 *                 "line", "column", "struck", "excerpt" }, ...],
 *   "diagnostics": [{ "file", "line", "column", "severity", "rule", "message" }, ...]
 * }
 * ```
 *
 * Paragraphs are all paragraphs of the input in document order (with or without records);
 * records keep their input order and the CSV column order of their keys. `diagnostics` is
 * present only when the input carries it. Key order is fixed so output is byte-stable.
 */
export declare function formatRecordsJson(input: RecordsJsonInput): string;
/** One part of the records JSON: some of one of its lists. */
export type RecordsJsonPart = {
    paragraphs: readonly Paragraph[];
} | {
    records: readonly StanceRecord[];
} | {
    diagnostics: readonly Diagnostic[];
};
/**
 * The records JSON written part by part, the same text as formatRecordsJson: the parts of each
 * list in turn (all paragraphs, then all records, then the diagnostics when `diagnostics`), so a
 * caller need not hold every record.
 */
export declare function recordsJsonStream(options: {
    diagnostics: boolean;
}): StreamedFormat<RecordsJsonPart>;
/** A record with its keys in the CSV's column order. */
export declare function orderRecordKeys(record: StanceRecord): StanceRecord;
