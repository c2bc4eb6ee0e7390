import { RECORD_COLUMNS } from '../types.js';
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
    const output = {
        paragraphs: input.paragraphs.map(summariseParagraph),
        records: input.records.map(orderRecordKeys),
    };
    if (input.diagnostics)
        output.diagnostics = input.diagnostics.map(orderDiagnosticKeys);
    return `${JSON.stringify(output, null, 2)}\n`;
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
function orderRecordKeys(record) {
    return Object.fromEntries(RECORD_COLUMNS.map((column) => [column, record[column]]));
}
function orderDiagnosticKeys(d) {
    return { file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message };
}
