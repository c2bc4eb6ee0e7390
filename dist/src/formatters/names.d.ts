/** The main command's `--format` choices, apart from the formatters so the CLI can list them without loading them. */
export declare const FORMAT_NAMES: readonly ["report", "csv", "json", "matrix", "matrix-csv", "matrix-json"];
export type FormatName = (typeof FORMAT_NAMES)[number];
export declare function isFormatName(name: string): name is FormatName;
