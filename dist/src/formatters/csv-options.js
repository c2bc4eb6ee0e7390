/** What a spreadsheet may run as a formula when a cell starts with it (csv-stringify's list, full-width forms included). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * A text cell as the formula guard writes it: `'` before a cell that a spreadsheet would run as a
 * formula (`=SUM(…)`, `-1+2`, `@x`); an exact `-` (standard input's file name) is no formula and
 * is left as it is. Numbers are never touched: only text is given here.
 */
export function guardFormula(value) {
    return value !== '-' && FORMULA_START.test(value) ? `'${value}` : value;
}
/** csv-stringify's options: `\n` line ends; with `escapeFormulas`, every text cell through guardFormula. */
export function csvOptions(escapeFormulas) {
    return escapeFormulas ? { record_delimiter: '\n', cast: { string: guardFormula } } : { record_delimiter: '\n' };
}
