/**
 * `--notation kyoto|tpp|FILE`: the notation profile every file is read with, or (without the
 * option) each file's own, detected and named on stderr when it is not the Kyoto notation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { detectNotation } from '../profiles/detect.js';
import { KYOTO_PROFILE, SHIPPED_PROFILES } from '../profiles/shipped.js';
import { jsonSource, packagePath } from './json-file.js';
import { UsageError } from './usage-error.js';
let validator;
/** A user's profile, checked against schema/notation-profile.schema.json (ajv loaded only when there is a file to check). */
async function validate(file, json) {
    if (!validator) {
        const { default: ajvModule } = await import('ajv');
        const Ajv = ajvModule.default ?? ajvModule;
        const schema = JSON.parse(readFileSync(packagePath('schema/notation-profile.schema.json'), 'utf8'));
        validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
    }
    if (!validator(json)) {
        const error = validator.errors[0];
        const entry = error.instancePath.split('/').slice(1).join('.');
        throw new ConfigError(file, `not a notation profile: ${entry ? `${entry} ` : ''}${error.message ?? 'is not valid'}`);
    }
    for (const [what, source] of patternsOf(json)) {
        try {
            new RegExp(source, 'u');
        }
        catch {
            throw new ConfigError(file, `${what}: not a regular expression: ${source}`);
        }
    }
    return json;
}
function patternsOf(profile) {
    return [
        ...profile.furniture.map((source, i) => [`furniture[${i}]`, source]),
        ...profile.detect.map((rule, i) => [`detect[${i}].pattern`, rule.pattern]),
        ...(profile.paragraphs.article ? [['paragraphs.article', profile.paragraphs.article]] : []),
        ...(profile.paragraphs.numberedAfter ? [['paragraphs.numberedAfter', profile.paragraphs.numberedAfter]] : []),
    ];
}
/** The profile `--notation` names (a shipped one, or a JSON file), or null without the option (each file's is detected). */
export async function loadNotation(value) {
    if (value === undefined)
        return null;
    const shipped = SHIPPED_PROFILES.get(value);
    if (shipped)
        return shipped;
    if (!existsSync(value)) {
        throw new UsageError(`--notation: ${value} is neither a notation (${[...SHIPPED_PROFILES.keys()].join(', ')}) nor a file`);
    }
    const { file, json } = jsonSource(value);
    return validate(file, json);
}
const detectedIn = new WeakMap();
/** The profile one file is read with: the chosen one, or the detected one, named on stderr unless it is the Kyoto notation. */
export function notationFor(chosen, draft, io) {
    if (chosen)
        return chosen;
    // A file read twice in one run (`report`) is named once.
    let named = detectedIn.get(io);
    if (!named)
        detectedIn.set(io, (named = new Map()));
    const known = named.get(draft.file);
    if (known)
        return known;
    const detected = detectNotation(draft.text);
    named.set(draft.file, detected);
    if (detected !== KYOTO_PROFILE) {
        io.stderr.write(`kyoto-parse: reading ${draft.file === '-' ? 'standard input' : draft.file} with the ${detected.name} notation (detected; --notation to choose)\n`);
    }
    return detected;
}
