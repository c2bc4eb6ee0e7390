import { STANCES } from '../types.js';
import { SHIPPED_LIMITS, SHIPPED_VOCABULARY } from '../data/shipped.js';
import { ConfigError } from '../errors.js';
import { detached } from '../util/text.js';
import { quoted } from '../util/quoted.js';
/**
 * Quoted wording (“…”, "…", ‘…’) is the text being negotiated, not the delegation's position.
 * Escaped: a non-ASCII character in the code makes the whole bundle a two-byte string in memory.
 */
const QUOTED = /\u201C[^\u201C\u201D]*\u201D|"[^"]*"|\u2018[^\u2018\u2019]*\u2019/g;
/** Letters, digits and `_` continue a word; anything else (space, punctuation, `-`) ends it. */
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';
/** A regex matching any of `terms` as whole words; a phrase's words may be separated by any white space. */
function wholeWords(terms) {
    const alternatives = terms.map((term) => term.trim().split(/\s+/u).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'iu');
}
/**
 * `wholeWords(terms)`, compiled now: V8 compiles a regex on its first use, and one too large for
 * its stack would otherwise fail at the first label that takes the regex, halfway through a run.
 * Tried on a one-byte and a two-byte subject, which V8 compiles apart.
 */
function compiledWholeWords(terms, row) {
    try {
        const regex = wholeWords(terms);
        regex.test('');
        regex.test('\u0100');
        return regex;
    }
    catch (error) {
        const culprit = terms.length === 1 ? terms[0] : terms.find((term) => !compiles(term)) ?? terms.join(' | ');
        throw new UncompilableTerm(row, culprit, { cause: error });
    }
}
function compiles(term) {
    try {
        wholeWords([term]).test('\u0100');
        return true;
    }
    catch {
        return false;
    }
}
/** A vocabulary term the regex engine cannot compile; `row` counts from 1. */
export class UncompilableTerm extends Error {
    row;
    term;
    name = 'UncompilableTerm';
    constructor(row, term, options) {
        super(`row ${row}: the term ${quoted(term)} cannot be compiled (too long or complex for the regular expression engine)`, options);
        this.row = row;
        this.term = term;
    }
}
const ASCII = /^[\x00-\x7f]*$/;
function phraseOf(term) {
    const words = term.trim().toLowerCase().split(/\s+/u);
    return { words, word: words.length === 1 && /^[a-z0-9_]+$/.test(words[0]) ? words[0] : null };
}
/** The maximal runs of word characters of an ASCII, lower-cased text. */
function wordsOf(lower) {
    const words = new Set();
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
        const word = i < lower.length && isAsciiWordChar(lower.charCodeAt(i));
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            words.add(lower.slice(start, i));
            start = -1;
        }
    }
    return words;
}
const isAsciiWordChar = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** `\s` in ASCII text. */
const isAsciiSpace = (code) => code === 32 || (code >= 9 && code <= 13);
/**
 * What `wholeWords([term]).test(label)` answers, for an ASCII label (lower-cased) and an ASCII
 * term: in ASCII, letters fold only to their ASCII case pair and the word characters are
 * `[A-Za-z0-9_]`, so the match is a plain search. Most labels are ASCII; the Unicode regexes
 * with look-behind cost several times more.
 */
function occursAsWords(lower, phrase) {
    const first = phrase[0];
    for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
        if (at > 0 && isAsciiWordChar(lower.charCodeAt(at - 1)))
            continue;
        let end = at + first.length;
        let matched = true;
        for (let w = 1; w < phrase.length && matched; w++) {
            const spaces = end;
            while (end < lower.length && isAsciiSpace(lower.charCodeAt(end)))
                end++;
            matched = end > spaces && lower.startsWith(phrase[w], end);
            end += phrase[w].length;
        }
        if (matched && !(end < lower.length && isAsciiWordChar(lower.charCodeAt(end))))
            return true;
    }
    return false;
}
const MATCHED_LABELS_KEPT = 4096;
/**
 * Decides the stance of a label (NOTATION.md, "The stance of a mention"). Rows are compiled to
 * regexes once, when it is made: a term the regex engine cannot take throws UncompilableTerm then.
 */
export class Vocabulary {
    rows;
    fallback;
    compiled;
    keywordList;
    /** Every term is ASCII, so ASCII labels can take `occursAsWords`. */
    asciiTerms;
    /** Rows already matched, by label: the same few labels recur on every page. */
    matched = new Map();
    constructor(rows, 
    /** Stance of a label no row matches: it is proposed wording, which its holders support. */
    fallback = 'support') {
        this.rows = rows;
        this.fallback = fallback;
        this.compiled = rows.map((row, index) => ({
            stance: row.stance,
            any: compiledWholeWords(row.any, index + 1),
            all: (row.all ?? []).map((term) => compiledWholeWords([term], index + 1)),
            anyPhrases: row.any.map(phraseOf),
            allPhrases: (row.all ?? []).map(phraseOf),
        }));
        this.asciiTerms = rows.every((row) => [...row.any, ...(row.all ?? [])].every((term) => ASCII.test(term)));
        const words = rows.flatMap((row) => row.any).map((term) => term.trim().toLowerCase());
        this.keywordList = Object.freeze([...new Set(words.filter((word) => !/\s/.test(word)))]);
    }
    /** The stance of the first row that matches the label, else the fallback. Bare codes do not use this. */
    stanceOf(label) {
        return this.matchingRow(label)?.stance ?? this.fallback;
    }
    /** True when a row (not the fallback) matches: `check --strict` reports other labels. */
    isKnownLabel(label) {
        return this.matchingRow(label) !== undefined;
    }
    /**
     * The single-word terms of the rows' `any` lists, lower-case, in row order: the
     * words that alone name a stance (`Oppose [RUS,…]`). Phrases such as `stop here`
     * and `all`-only words such as `original` are left out.
     */
    keywords() {
        return this.keywordList;
    }
    matchingRow(label) {
        let row = this.matched.get(label);
        if (row === undefined) {
            // Bounded, so that an archive of drafts full of distinct proposed wording cannot grow it without end.
            if (this.matched.size >= MATCHED_LABELS_KEPT)
                this.matched.clear();
            row = this.findRow(label) ?? null;
            // Detached: a label cut from a file's text would keep that text alive as long as it is kept.
            this.matched.set(detached(label), row);
        }
        return row ?? undefined;
    }
    findRow(label) {
        const unquoted = label.replace(QUOTED, ' ');
        if (this.asciiTerms && ASCII.test(unquoted)) {
            const lower = unquoted.toLowerCase();
            const words = wordsOf(lower);
            // A one-word term occurs as a whole word exactly when it is one of the text's word runs.
            const occurs = (phrase) => (phrase.word !== null ? words.has(phrase.word) : occursAsWords(lower, phrase.words));
            return this.compiled.find((row) => row.anyPhrases.some(occurs) && row.allPhrases.every(occurs));
        }
        return this.compiled.find((row) => row.any.test(unquoted) && row.all.every((term) => term.test(unquoted)));
    }
}
/**
 * Builds the stance vocabulary from the shipped one, extended or replaced by a user's (`--vocabulary FILE`), given already read.
 *
 * The default is data/vocabulary.json; the user's JSON has the same shape plus a mode:
 *
 * ```json
 * {
 *   "mode": "extend",
 *   "rows": [ { "stance": "delete", "any": ["sup"] }, { "stance": "oppose", "any": ["keep"], "all": ["original"] } ],
 *   "fallback": "support"
 * }
 * ```
 *
 * - `mode`: `"extend"` (the default) puts the user's rows before the default rows, so
 *   they win; `"replace"` uses the user's rows alone.
 * - `fallback`: optional; the default file's fallback stands when it is left out.
 * - Members whose name starts with `$` (`$comment`) are ignored.
 *
 * Another shape throws ConfigError naming `source.file`.
 *
 * @example
 * ```ts
 * const vocabulary = loadVocabulary({ file: 'words.json', json: { rows: [{ stance: 'delete', any: ['sup'] }] } });
 * ```
 */
export function loadVocabulary(source) {
    if (source === undefined && defaultVocabulary)
        return defaultVocabulary;
    const defaults = parseVocabularyFile(SHIPPED_VOCABULARY.file, SHIPPED_VOCABULARY.json, false);
    if (source === undefined)
        return (defaultVocabulary = new Vocabulary(defaults.rows, defaults.fallback));
    const { file, json } = source;
    const user = parseVocabularyFile(file, json, true);
    const rows = user.mode === 'replace' ? user.rows : [...user.rows, ...defaults.rows];
    try {
        return new Vocabulary(rows, user.fallback ?? defaults.fallback);
    }
    catch (error) {
        // The user's rows come first; the shipped ones always compile.
        if (error instanceof UncompilableTerm)
            throw new ConfigError(file, error.message, { cause: error });
        throw error;
    }
}
let defaultVocabulary;
function parseVocabularyFile(file, json, allowMode) {
    const fail = (reason) => {
        throw new ConfigError(file, reason);
    };
    if (!isPlainObject(json))
        return fail('expected a JSON object');
    const result = { mode: 'extend', rows: [] };
    for (const [key, value] of Object.entries(json)) {
        if (key.startsWith('$'))
            continue;
        if (key === 'mode' && allowMode) {
            if (value !== 'extend' && value !== 'replace')
                fail('"mode" must be "extend" or "replace"');
            result.mode = value;
        }
        else if (key === 'rows') {
            if (!Array.isArray(value))
                fail('"rows" must be an array');
            result.rows = value.map((row, index) => parseRow(row, `row ${index + 1}`, fail));
        }
        else if (key === 'fallback') {
            result.fallback = parseStance(value, '"fallback"', fail);
        }
        else {
            fail(`unknown member ${quoted(key)} (expected ${allowMode ? '"mode", ' : ''}"rows" or "fallback")`);
        }
    }
    if (!allowMode && result.fallback === undefined)
        fail('"fallback" is missing');
    return result;
}
function parseRow(row, where, fail) {
    if (!isPlainObject(row))
        return fail(`${where}: expected an object with "stance" and "any"`);
    const { stance, any, all, ...rest } = row;
    if (Object.keys(rest).length > 0)
        fail(`${where}: unknown member ${quoted(Object.keys(rest)[0])}`);
    const parsed = { stance: parseStance(stance, `${where}: "stance"`, fail), any: parseTerms(any, `${where}: "any"`, fail) };
    if (all !== undefined)
        parsed.all = parseTerms(all, `${where}: "all"`, fail);
    return parsed;
}
function parseStance(value, what, fail) {
    if (!STANCES.includes(value))
        fail(`${what} must be one of ${STANCES.join(', ')}`);
    return value;
}
function parseTerms(value, what, fail) {
    if (!Array.isArray(value) || value.length === 0)
        return fail(`${what} must be a non-empty array of words`);
    const longest = SHIPPED_LIMITS.vocabularyTermLength;
    for (const term of value) {
        if (typeof term !== 'string' || term.trim() === '')
            fail(`${what} must hold non-empty strings`);
        const length = [...term.trim()].length;
        if (length > longest)
            fail(`${what}: the term ${quoted(term)} has ${length} characters; at most ${longest} (data/config-limits.json)`);
    }
    return value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
