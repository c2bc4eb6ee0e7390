/**
 * Kept for the command line (src/cli/settings.ts imports jsonSource from here): the file reading
 * now lives in src/cli/json-file.ts, and the shipped data are imported as modules
 * (src/data/shipped.ts), so nothing outside src/cli may import this module (it needs Node's fs
 * and path, and a package folder on disk). New code imports src/cli/json-file.js directly.
 */
import { join } from 'node:path';
import { packageRoot } from './cli/json-file.js';
export { jsonSource, readJsonFile } from './cli/json-file.js';
/** Absolute path of a file in the package's data/ folder, for the CLI (the library imports them: src/data/shipped.ts). */
export function dataPath(name) {
    return join(packageRoot(), 'data', name);
}
/** Absolute path of a file at the package's root, for the CLI. */
export function packagePath(name) {
    return join(packageRoot(), name);
}
