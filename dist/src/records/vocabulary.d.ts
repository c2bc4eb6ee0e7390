import { type Stance } from '../types.js';
import type { JsonSource } from '../json-source.js';
/** One row of the label table: it matches when one of `any` and every one of `all` occur in the label. */
export interface VocabularyRow {
    stance: Stance;
    /** Words or phrases, one of which must occur. */
    any: string[];
    /** Words or phrases that must all occur as well. */
    all?: string[];
}
/** A vocabulary term the regex engine cannot compile; `row` counts from 1. */
export declare class UncompilableTerm extends Error {
    readonly row: number;
    readonly term: string;
    readonly name = "UncompilableTerm";
    constructor(row: number, term: string, options?: {
        cause?: unknown;
    });
}
/**
 * Decides the stance of a label (NOTATION.md, "The stance of a mention"). Rows are compiled to
 * regexes once, when it is made: a term the regex engine cannot take throws UncompilableTerm then.
 */
export declare class Vocabulary {
    readonly rows: readonly VocabularyRow[];
    /** Stance of a label no row matches: it is proposed wording, which its holders support. */
    readonly fallback: Stance;
    private readonly compiled;
    private readonly keywordList;
    /** Every term is ASCII, so ASCII labels can take `occursAsWords`. */
    private readonly asciiTerms;
    /** Rows already matched, by label: the same few labels recur on every page. */
    private readonly matched;
    constructor(rows: readonly VocabularyRow[], 
    /** Stance of a label no row matches: it is proposed wording, which its holders support. */
    fallback?: Stance);
    /** The stance of the first row that matches the label, else the fallback. Bare codes do not use this. */
    stanceOf(label: string): Stance;
    /** True when a row (not the fallback) matches: `check --strict` reports other labels. */
    isKnownLabel(label: string): boolean;
    /**
     * The single-word terms of the rows' `any` lists, lower-case, in row order: the
     * words that alone name a stance (`Oppose [RUS,…]`). Phrases such as `stop here`
     * and `all`-only words such as `original` are left out.
     */
    keywords(): readonly string[];
    private matchingRow;
    private findRow;
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
export declare function loadVocabulary(source?: JsonSource): Vocabulary;
