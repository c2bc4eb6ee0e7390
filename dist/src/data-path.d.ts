/** Absolute path of a file shipped in the package's data/ folder. */
export declare function dataPath(name: string): string;
/** Absolute path of a file at the package's root (`package.json`). */
export declare function packagePath(name: string): string;
/** A JSON file already read: its name (for messages) and its content. Read once, so a pipe (`<(…)`) works. */
export interface JsonSource {
    file: string;
    json: unknown;
}
/** The file's JSON as a JsonSource (a string names a file still to read). */
export declare function jsonSource(source: string | JsonSource): JsonSource;
/**
 * Read and parse a JSON file. A missing file or bad JSON throws ConfigError with a
 * one-line message; for syntax errors it names the line and column when the JSON
 * parser reports a position (Node 20 does not for every error).
 */
export declare function readJsonFile(file: string): unknown;
