/**
 * The items of a comma-separated option (`--country FRA,UK`), trimmed. A list with no item or an
 * empty one (`--paragraph ','`, `--country 'FRA,'`) is a usage error: as a filter it would match
 * nothing and look like an answer.
 */
export declare function commaList(value: string | undefined, option: string): string[] | undefined;
