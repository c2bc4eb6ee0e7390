/**
 * The project configuration file, `.kyoto-parse.json`: found upward from the working directory
 * (or named by `--config FILE`; `--no-config` ignores it), validated against the schema the
 * package ships (`schema/kyoto-parse.schema.json`) before any output. It holds `check`'s rule
 * choices and the aliases and vocabulary every command reads; command-line options override it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import damerauLevenshtein from 'damerau-levenshtein';
import { RULE_NAMES } from '../check/rules.js';
import { jsonSource, packagePath, readJsonFile } from './json-file.js';
import { ConfigError } from '../errors.js';
import { quoted, readable } from '../util/quoted.js';
export const CONFIG_NAME = '.kyoto-parse.json';
/** The nearest `.kyoto-parse.json` from `start` up to the filesystem's root; undefined if none. */
export function findProjectConfig(start) {
    let dir = resolve(start);
    for (;;) {
        const file = join(dir, CONFIG_NAME);
        if (existsSync(file))
            return file;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/**
 * The configuration `--config`/`--no-config` ask for (`option`: a file, false for none, undefined
 * to look upward from `cwd`), read and validated; a fault is a ConfigError naming the file and the entry.
 */
export async function loadProjectConfig(option, cwd, maxBytes) {
    if (option === false)
        return undefined;
    let file;
    if (option === undefined) {
        const found = findProjectConfig(cwd);
        if (found === undefined)
            return undefined;
        const near = relative(cwd, found);
        file = near.split(/[\\/]/).every((part) => part === '..' || part === CONFIG_NAME) ? near : found;
    }
    else
        file = option;
    const json = readJsonFile(file, maxBytes);
    await validate(file, json);
    const config = json;
    // A file named in the configuration is read relative to it.
    const source = (key) => {
        const value = config[key];
        if (value === undefined)
            return undefined;
        if (typeof value === 'string')
            return jsonSource(isAbsolute(value) ? value : join(dirname(file), value), maxBytes);
        return { file: `${file}: ${key}`, json: value };
    };
    return { file, rules: config.rules ?? {}, select: config.select, ignore: config.ignore, aliases: source('aliases'), vocabulary: source('vocabulary') };
}
let validator;
/** Checked against the shipped schema (ajv loaded only when there is a file to check). */
async function validate(file, json) {
    if (!validator) {
        const { default: ajvModule } = await import('ajv');
        const Ajv = ajvModule.default ?? ajvModule;
        const schema = JSON.parse(readFileSync(packagePath('schema/kyoto-parse.schema.json'), 'utf8'));
        validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
    }
    if (validator(json))
        return;
    // oneOf's own error says more than those of its branches, which come first.
    const errors = validator.errors;
    const error = errors.find((e) => e.keyword === 'oneOf') ?? errors[0];
    throw new ConfigError(file, describe(error, json));
}
/** `rules.aliased-code`, `select[2]`: the entry at an ajv instance path. */
function entryOf(path) {
    return path.split('/').slice(1).map((part) => readable(part.replace(/~1/g, '/').replace(/~0/g, '~')))
        .reduce((entry, part) => (/^\d+$/.test(part) ? `${entry}[${part}]` : entry ? `${entry}.${part}` : part), '');
}
/** A known rule within two edits of `name`, for "did you mean". */
export function suggestRule(name) {
    // No rule is near a name this long; measuring would cost its length times each rule's.
    if (name.length > 64)
        return ` (rules: ${RULE_NAMES.join(', ')})`;
    const near = RULE_NAMES
        .map((rule) => ({ rule, steps: damerauLevenshtein(name, rule).steps }))
        .filter(({ steps }) => steps <= 2)
        .sort((a, b) => a.steps - b.steps)
        .concat(RULE_NAMES.filter((rule) => name.length >= 4 && (rule.includes(name) || name.includes(rule))).map((rule) => ({ rule, steps: 3 })));
    return near.length ? `; did you mean ${near[0].rule}?` : ` (rules: ${RULE_NAMES.join(', ')})`;
}
const TYPES = { object: 'an object', array: 'a list', string: 'a string' };
function describe(error, json) {
    const entry = entryOf(error.instancePath);
    const at = (text, name = entry) => (name ? `${name}: ${text}` : text);
    const value = error.instancePath.split('/').slice(1).reduce((node, part) => node?.[part], json);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = readable(String(error.params.additionalProperty));
            const name = entry ? `${entry}.${key}` : key;
            if (entry === 'rules')
                return at(`not a rule${suggestRule(String(error.params.additionalProperty))}`, name);
            return at(`unknown entry (the entries are $schema, rules, select, ignore, aliases, vocabulary)`, name);
        }
        case 'enum':
            if (entry.startsWith('rules.'))
                return at('must be "off", "warning" or "error"');
            return at(`${typeof value === 'string' ? quoted(value) : readable(JSON.stringify(value) ?? String(value))} is not a rule${typeof value === 'string' ? suggestRule(value) : ''}`);
        case 'uniqueItems':
            return at('names a rule twice');
        case 'type':
            return at(`must be ${TYPES[String(error.params.type)] ?? String(error.params.type)}${entry === 'select' || entry === 'ignore' ? ' of rule names' : ''}`);
        case 'oneOf':
            return at('must be a file name (relative to the configuration file) or an object');
        default:
            return at(error.message ?? 'is not valid');
    }
}
