/** The main command's `--format` choices, apart from the formatters so the CLI can list them without loading them. */
export const FORMAT_NAMES = ['report', 'csv', 'json', 'matrix', 'matrix-csv', 'matrix-json'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
