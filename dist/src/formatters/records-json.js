import { RECORD_COLUMNS } from '../types.js';
import { StreamedJson, streamedArray } from '../util/streamed-json.js';
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
export function formatRecordsJson(input) {
    const json = recordsJsonStream({ diagnostics: input.diagnostics !== undefined });
    return json.start() + json.add({ paragraphs: input.paragraphs }) + json.add({ records: input.records })
        + (input.diagnostics ? json.add({ diagnostics: input.diagnostics }) : '') + json.end();
}
/**
 * The records JSON written part by part, the same text as formatRecordsJson: the parts of each
 * list in turn (all paragraphs, then all records, then the diagnostics when `diagnostics`), so a
 * caller need not hold every record.
 */
export function recordsJsonStream(options) {
    const document = new StreamedJson({
        paragraphs: streamedArray('paragraphs'),
        records: streamedArray('records'),
        ...(options.diagnostics ? { diagnostics: streamedArray('diagnostics') } : {}),
    });
    return {
        start: () => '',
        add: (part) => {
            if ('paragraphs' in part)
                return document.items(part.paragraphs.map(summariseParagraph), 'paragraphs');
            if ('records' in part)
                return document.items(part.records.map(orderRecordKeys), 'records');
            return document.items(part.diagnostics.map(orderDiagnosticKeys), 'diagnostics');
        },
        end: () => document.end(),
    };
}
function summariseParagraph(p) {
    return {
        file: p.file,
        id: p.id,
        baseId: p.baseId,
        kind: p.kind,
        label: p.label,
        startLine: p.startLine,
        endLine: p.endLine,
    };
}
/** A record with its keys in the CSV's column order. */
export function orderRecordKeys(record) {
    return Object.fromEntries(RECORD_COLUMNS.map((column) => [column, record[column]]));
}
function orderDiagnosticKeys(d) {
    return { file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message };
}
