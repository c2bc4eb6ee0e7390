/**
 * A JSON document already read and parsed, with the name it is known by (for messages). The
 * library never reads files: the command line (or any caller) reads `--aliases FILE` and the
 * like once, so a pipe (`<(…)`) works too, and hands the result to `loadCodeTable` and the like.
 *
 * @example
 * ```ts
 * const codes = loadCodeTable({ file: 'aliases.json', json: JSON.parse(text) });
 * ```
 */
export interface JsonSource {
    /** The name in error messages (a file's path, as given). */
    file: string;
    /** The parsed content. */
    json: unknown;
}
