export { jsonSource, readJsonFile, type JsonSource } from './cli/json-file.js';
/** Absolute path of a file in the package's data/ folder, for the CLI (the library imports them: src/data/shipped.ts). */
export declare function dataPath(name: string): string;
/** Absolute path of a file at the package's root, for the CLI. */
export declare function packagePath(name: string): string;
