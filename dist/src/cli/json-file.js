/**
 * Files the command line reads for the library: JSON configuration (`--aliases`, `--vocabulary`)
 * and the package's own package.json (for `--version`). The library itself reads no file, so it
 * bundles for the browser; everything here is Node's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
/** The file's JSON as a JsonSource (a string names a file still to read). */
export function jsonSource(source) {
    return typeof source === 'string' ? { file: source, json: readJsonFile(source) } : source;
}
/**
 * Read and parse a JSON file. A missing file or bad JSON throws ConfigError with a
 * one-line message; for syntax errors it names the line and column when the JSON
 * parser reports a position (Node 20 does not for every error).
 */
export function readJsonFile(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(error)})`;
        throw new ConfigError(file, reason, { cause: error });
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
