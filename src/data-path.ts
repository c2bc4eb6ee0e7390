/**
 * Kept for the command line's settings (src/cli/settings.ts imports jsonSource from here): the
 * file reading now lives in src/cli/json-file.ts, and the shipped data are imported as modules
 * (src/data/tables.ts), so nothing outside src/cli reads a file. New code imports
 * src/cli/json-file.js directly.
 */
export { jsonSource, readJsonFile, type JsonSource } from './cli/json-file.js';
