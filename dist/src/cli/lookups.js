/**
 * Lookups that help: a filter that matches nothing says so on standard error (the command still
 * succeeds), with the nearest paragraph IDs; delegations named by code, alias, or English or UN
 * name, with suggestions.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
/** A paragraph ID as compared: case and spacing ignored (`op6bis` is `OP6 Bis`). */
export const paragraphKey = (id) => id.toLowerCase().replace(/\s+/g, '');
/** Up to three of `candidates` near `wanted` (as paragraphKey compares them), nearest first. */
export function nearParagraphs(wanted, candidates) {
    const key = paragraphKey(wanted);
    // No ID is near one this long; measuring would cost its length times each ID's.
    if (key.length > 64)
        return [];
    const seen = new Map();
    for (const id of candidates) {
        if (seen.has(id))
            continue;
        const steps = damerauLevenshtein(key, paragraphKey(id)).steps;
        if (steps <= Math.max(2, Math.floor(key.length / 3)))
            seen.set(id, steps);
    }
    return [...seen].sort((a, b) => a[1] - b[1]).slice(0, 3).map(([id]) => id);
}
/** Watches what the filters let through, and says which part matched nothing. */
export class FilterWitness {
    filter;
    paragraphIds = new Set();
    countries = new Set();
    stances = new Set();
    constructor(filter) {
        this.filter = filter;
    }
    /** The paragraphs read, and the records the filters kept. */
    see(paragraphIds, kept) {
        if (this.filter.paragraphs)
            for (const id of paragraphIds)
                this.paragraphIds.add(id);
        for (const record of kept) {
            this.countries.add(record.country);
            this.stances.add(record.stance);
        }
    }
    end(stderr) {
        const { countries, paragraphs, stances } = this.filter;
        let lines = '';
        if (paragraphs) {
            const keys = new Set([...this.paragraphIds].map(paragraphKey));
            for (const id of paragraphs) {
                if (keys.has(paragraphKey(id)))
                    continue;
                const near = nearParagraphs(id, this.paragraphIds);
                lines += `kyoto-parse: --paragraph ${id} matches no paragraph${near.length ? `; did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : ''}\n`;
            }
        }
        for (const code of countries ?? [])
            if (!this.countries.has(code))
                lines += `kyoto-parse: --country ${code} matches no record\n`;
        for (const stance of stances ?? [])
            if (!this.stances.has(stance))
                lines += `kyoto-parse: --stance ${stance} matches no record\n`;
        if (lines)
            stderr.write(lines);
    }
}
let named;
/** A name as compared: no case, accents, spaces or punctuation (`Viet Nam` is `vietnam`). */
const nameKey = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
/** Every English name i18n-iso-countries has for each country (official, short and alternative). */
function namedCodes() {
    if (!named) {
        countries.registerLocale(english);
        named = [];
        for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
            const alpha3 = countries.alpha2ToAlpha3(alpha2);
            if (!alpha3)
                continue;
            for (const name of [names].flat())
                named.push({ key: nameKey(name), name, alpha3 });
        }
    }
    return named;
}
/** The ISO alpha-3 code of a country named in English (`france`, `United Kingdom`, `Viet Nam`), if any. */
export function codeOfName(raw, extra = []) {
    const key = nameKey(raw);
    if (key === '')
        return undefined;
    return extra.find((entry) => nameKey(entry.name) === key)?.code ?? namedCodes().find((entry) => entry.key === key)?.alpha3;
}
/** Up to three names near `raw`, as `'France' (FRA)`. */
export function nearNames(raw) {
    const key = nameKey(raw);
    if (key.length < 4 || key.length > 64)
        return [];
    const found = new Map();
    for (const entry of namedCodes()) {
        const steps = damerauLevenshtein(key, entry.key).steps;
        const prefix = entry.key.startsWith(key) ? 0.5 : Infinity;
        const score = Math.min(steps <= Math.max(1, Math.floor(key.length / 4)) ? steps : Infinity, prefix);
        const label = `'${entry.name}' (${entry.alpha3})`;
        if (score < (found.get(label) ?? Infinity))
            found.set(label, score);
    }
    return [...found].filter(([, score]) => score < Infinity).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([label]) => label);
}
