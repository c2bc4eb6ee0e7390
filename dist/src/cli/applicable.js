/**
 * Options that do not apply to the chosen format are usage errors that say why, rather than
 * being accepted and ignored (`--counts` with the records CSV).
 */
import { UsageError } from './usage-error.js';
export function assertApplicable(options, format) {
    const to = `--format ${format.name}${format.chosen ? ` (${format.chosen})` : ''}`;
    if (options.counts && !format.matrix)
        throw new UsageError(`--counts does not apply to ${to}: only the stance matrix has counts (table, matrix, matrix-csv, matrix-json)`);
    if (options.width !== undefined && !format.terminal)
        throw new UsageError(`--width does not apply to ${to}: only the terminal tables have a width`);
    if (options.escapeFormulas === false && !format.csvText)
        throw new UsageError(`--no-escape-formulas does not apply to ${to}: it leaves the text cells of a CSV raw, and this format has none`);
}
