import { jsonSource } from './json-file.js';
import { loadCodeTable, unNames } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { STANCES } from '../types.js';
import { codeOfName, nearNames } from './lookups.js';
import { checkEncoding } from './encoding.js';
import { ruleChoices } from './rule-choices.js';
import { UsageError } from './usage-error.js';
import { commaList } from './comma-list.js';
import { readable } from '../util/quoted.js';
/**
 * The `--aliases` and `--vocabulary` files of one run, each read once however many readers it
 * has: it may be a pipe (`--aliases <(…)`), which a second read would find empty.
 */
export class ConfigFiles {
    read = new Map();
    /** The project configuration file (`.kyoto-parse.json`), read and checked before the command runs. */
    project;
    /** The most bytes of one JSON file read (`--max-input-size`); undefined: the default. */
    maxBytes;
    /** `--notation`, read and checked before the command runs; null: each file's is detected (notationFor). */
    notation;
    get(file) {
        if (file === undefined)
            return undefined;
        let source = this.read.get(file);
        if (!source)
            this.read.set(file, (source = jsonSource(file, this.maxBytes)));
        return source;
    }
}
/** The code table: the shipped one, or as `--aliases` (else the configuration file's `aliases`) extends or replaces it. */
export function codeTable(options, config) {
    return loadCodeTable(config.get(options.aliases) ?? config.project?.aliases);
}
/** The code table and the vocabulary (`--vocabulary`, else the configuration file's `vocabulary`). */
export function parseSettings(options, config) {
    const encoding = checkEncoding(options.encoding);
    return { codes: codeTable(options, config), vocabulary: loadVocabulary(config.get(options.vocabulary) ?? config.project?.vocabulary), encoding, notation: config.notation ?? null };
}
/** The codes, vocabulary and filters the options ask for. */
export function recordSettings(options, config) {
    const { codes, vocabulary, encoding, notation } = parseSettings(options, config);
    const paragraphs = commaList(options.paragraph, '--paragraph');
    const filter = {
        countries: resolveCountries(codes, options.country),
        paragraphs: paragraphs && new Set(paragraphs),
        stances: resolveStances(options.stance),
    };
    return { codes, vocabulary, encoding, notation, filter, rules: ruleChoices({}, config.project) };
}
/**
 * The canonical code of `raw`: a code or alias (`UK`), or an English or UN name (`france`,
 * `United Kingdom`), case, accents and spacing ignored; else a usage error with suggestions.
 */
let unNameList;
/** The UN's names (`Iran (Islamic Republic of)`, `Türkiye`), looked up before ISO's English ones. */
const unNameEntries = () => (unNameList ??= [...unNames()].map(([code, name]) => ({ code, name })));
export function resolveCode(codes, raw, what) {
    if (raw.trim() === '')
        throw new UsageError(`${what}: the delegation is empty`);
    const probe = raw.trim().toUpperCase();
    const info = codes.lookup(probe);
    if (info)
        return info;
    const byName = codeOfName(raw, unNameEntries());
    const named = byName === undefined ? null : codes.lookup(byName);
    if (named)
        return named;
    const hint = [...codes.suggest(probe).slice(0, 3), ...nearNames(raw)].slice(0, 3);
    throw new UsageError(`${what}: '${readable(raw)}' is not a delegation code or name${hint.length ? `; did you mean ${hint.join(' or ')}?` : ''}`);
}
function resolveCountries(codes, value) {
    const items = commaList(value, '--country');
    return items && new Set(items.map((item) => resolveCode(codes, item, '--country').canonical));
}
function resolveStances(value) {
    const items = commaList(value, '--stance');
    if (!items)
        return undefined;
    for (const item of items) {
        if (!STANCES.includes(item))
            throw new UsageError(`--stance: '${readable(item)}' is not one of ${STANCES.join(', ')}`);
    }
    return new Set(items);
}
