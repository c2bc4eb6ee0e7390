import { stringify } from 'csv-stringify/sync';
import { RECORD_COLUMNS, type StanceRecord } from '../types.js';

export interface RecordsCsvOptions {
  /**
   * Prefix `'` to any cell that begins with `=`, `+`, `-`, `@`, tab or CR (csv-stringify's
   * `escape_formulas`), so a spreadsheet does not run a label or excerpt as a formula.
   * Numbers (line, column) are never touched. Default true; turn off for byte-faithful text.
   */
  escapeFormulas?: boolean;
}

/** The long CSV: a header row of RECORD_COLUMNS, then one row per record, `\n` line ends. */
export function formatRecordsCsv(records: readonly StanceRecord[], options: RecordsCsvOptions = {}): string {
  const { escapeFormulas = true } = options;
  return stringify(records as StanceRecord[], {
    header: true,
    columns: [...RECORD_COLUMNS],
    record_delimiter: '\n',
    escape_formulas: escapeFormulas,
    // csv-stringify's default writes `1` and an empty cell; the spec wants `true`/`false`.
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
