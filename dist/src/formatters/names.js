/** The main command's `--format` choices, apart from the formatters so the CLI can list them without loading them. */
export const FORMAT_NAMES = ['report', 'csv', 'json', 'matrix', 'matrix-csv', 'matrix-json'];
export function isFormatName(name) {
    return FORMAT_NAMES.includes(name);
}
