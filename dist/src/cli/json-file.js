/**
 * Files the command line reads for the library: JSON configuration (`--aliases`, `--vocabulary`)
 * and the package's own package.json (for `--version`). The library itself reads no file, so it
 * bundles for the browser; everything here is Node's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { reason } from './system-errors.js';
import { fileName, invalidNameNote } from './argument-path.js';
import { DEFAULT_INPUT_LIMITS, tooLarge } from './input-limits.js';
import { readFileBounded, TooLarge } from './read-bounded.js';
/** The file's JSON as a JsonSource (a string names a file still to read, of at most `maxBytes`). */
export function jsonSource(source, maxBytes) {
    return typeof source === 'string' ? { file: source, json: readJsonFile(source, maxBytes) } : source;
}
/** Binary data (`/dev/zero`, `/dev/urandom`) is refused from its first bytes, before more is read. */
const refuseBinary = (file) => (head) => {
    if (head.includes(0))
        throw new ConfigError(file, 'a binary file (NUL bytes), not JSON');
};
/**
 * Read and parse a JSON file of at most `maxBytes` (`--max-input-size`). A missing file, one too
 * large, binary data or bad JSON throws ConfigError with a one-line message; for syntax errors it
 * names the line and column when the JSON parser reports a position (Node 20 does not for every error).
 */
export function readJsonFile(file, maxBytes = DEFAULT_INPUT_LIMITS.json) {
    let text;
    try {
        text = readFileBounded(fileName(file), { maxBytes, sniff: refuseBinary(file) }).toString('utf8');
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        const code = error.code;
        const why = error instanceof TooLarge ? tooLarge(error)
            : code === 'ENOENT' ? `file not found${invalidNameNote(file)}` : reason(error);
        throw new ConfigError(file, why, { cause: error });
    }
    const json = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(json);
    }
    catch (error) {
        throw new ConfigError(file, describeJsonError(String(error.message), json), { cause: error });
    }
}
function describeJsonError(message, text) {
    // V8 appends the offending source to some messages (`…, "{ "a": x }" is not valid JSON`): drop it, it may span lines.
    let reason = message.replace(/, (?:\.\.\.)?".*$/s, '').replace(/\s+/g, ' ').trim();
    let offset;
    const atPosition = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(reason);
    if (atPosition) {
        offset = Number(atPosition[1]);
        reason = reason.replace(atPosition[0], '');
    }
    else if (/Unexpected end of JSON input/.test(reason)) {
        offset = text.length;
    }
    if (offset === undefined)
        return `invalid JSON: ${reason}`;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}
/** The package's version: the bundler's, or package.json's, found above this module (src/cli/, dist/src/cli/ or dist/bundle/). */
export function packageVersion() {
    if (typeof KYOTO_PARSE_VERSION === 'string')
        return KYOTO_PARSE_VERSION;
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    return pkg.version;
}
let root;
/** The folder holding the package's package.json (CLI only: there is no such folder in a consumer's bundle). */
export function packageRoot() {
    root ??= findPackageRoot();
    return root;
}
function findPackageRoot() {
    const here = fileURLToPath(import.meta.url);
    let dir = dirname(here);
    while (!existsSync(join(dir, 'package.json'))) {
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error(`kyoto-parse: no package.json above ${here}`);
        dir = parent;
    }
    return dir;
}
/** Absolute path of a file at the package's root (package.json, the configuration schema). */
export function packagePath(name) {
    return join(packageRoot(), name);
}
