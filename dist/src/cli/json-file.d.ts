import type { JsonSource } from '../json-source.js';
export type { JsonSource } from '../json-source.js';
/** The file's JSON as a JsonSource (a string names a file still to read, of at most `maxBytes`). */
export declare function jsonSource(source: string | JsonSource, maxBytes?: number): JsonSource;
/**
 * Read and parse a JSON file of at most `maxBytes` (`--max-input-size`). A missing file, one too
 * large, binary data or bad JSON throws ConfigError with a one-line message; for syntax errors it
 * names the line and column when the JSON parser reports a position (Node 20 does not for every error).
 */
export declare function readJsonFile(file: string, maxBytes?: number): unknown;
/** The package's version: the bundler's, or package.json's, found above this module (src/cli/, dist/src/cli/ or dist/bundle/). */
export declare function packageVersion(): string;
/** The folder holding the package's package.json (CLI only: there is no such folder in a consumer's bundle). */
export declare function packageRoot(): string;
/** Absolute path of a file at the package's root (package.json, the configuration schema). */
export declare function packagePath(name: string): string;
