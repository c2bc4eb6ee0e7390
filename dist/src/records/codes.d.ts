import { type JsonSource } from '../data-path.js';
/** What a delegation code written in a draft stands for. */
export interface CodeInfo {
    /** The code as written (`UK`). */
    readonly raw: string;
    /** One code per delegation (`GBR`, `EU`). */
    readonly canonical: string;
    /** English name (`United Kingdom`, `European Union`). */
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
 * Build the code table from the shipped defaults (data/aliases.json, data/groups.json)
 * and an optional user file (`--aliases FILE`) of this shape:
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
 * A missing file, invalid JSON or another shape throws ConfigError.
 */
export declare function loadCodeTable(userFile?: string | JsonSource): CodeTable;
