/**
 * A notation profile: the parts of an annotation notation that differ between bodies, as data
 * (data/profiles/*.json, schema/notation-profile.schema.json). One grammar and one pipeline read
 * every draft; the profile says which codes are delegations, where an annotation stands, which
 * lines are page furniture, where footnotes go and how paragraphs are labelled (docs/profiles.md).
 */
import type { Stance } from '../types.js';
export interface ProfileCodes {
    /** `alpha-3`: ISO 3166-1 alpha-3 codes and the aliases and groups of the code table; `alpha-2`: ISO alpha-2 codes, read as their alpha-3 code. */
    system: 'alpha-3' | 'alpha-2';
    /** Only these codes (as written) are delegations; absent: every code of the system. */
    delegations?: string[];
    /** Codes as written -> ISO alpha-3 code, beyond the system's own (`"EU": "EU"` is not needed for alpha-3). */
    aliases?: Record<string, string>;
}
export interface ProfileParagraphs {
    /** `kyoto`: `OPn`/`PPn` labels (docs/notation.md); `articles`: an article label and its numbered paragraphs (`QQ.A.6.4`). */
    scheme: 'kyoto' | 'articles';
    /** `articles`: a line that starts an article; group 1 is its ID (`Article QQ.A.2:` -> `QQ.A.2`). */
    article?: string;
    /** `articles`: what the line may hold before a numbered paragraph's number (an annotation opening its bracket, `[US propose: 1.`). */
    numberedAfter?: string;
}
export interface ProsePhrases {
    stance: Stance;
    /** The prose after the codes starts with one of these (whole words, case-insensitive). */
    starts: string[];
}
export interface ProfileNotes {
    phrases: ProsePhrases[];
    /** The stance of prose after codes that no phrase starts. */
    fallback: Stance;
}
export interface DetectRule {
    /** A regular expression (flags `gm`) counted over the text. */
    pattern: string;
    minimum: number;
}
/** A notation profile (docs/profiles.md): what a body's notation sets in the one grammar and pipeline. */
export interface NotationProfile {
    name: string;
    description?: string;
    codes: ProfileCodes;
    /** Characters that join the codes of one list (`,` `.` in Kyoto; `/` in the TPP). */
    codeSeparators: string[];
    /** `after`: the annotation follows the text it concerns (Kyoto); `opening`: it opens the bracket that holds that text (`[NZ/CL propose; US oppose: text]`). */
    annotation: 'after' | 'opening';
    /** `opening`: a word after the codes and its stance (`propose` -> support); codes with none before the colon support. */
    stanceWords: Record<string, Stance>;
    /** `glued`: footnote numbers are glued to words and codes (`CA5`, `propose20`) and dropped from them. */
    footnoteMarkers: 'none' | 'glued';
    /** Lines matching any of these (page headers and footers) are dropped. */
    furniture: string[];
    /** `page-foot`: numbered footnotes at a page's foot belong to the paragraph of their reference mark. */
    footnotes: 'none' | 'page-foot';
    paragraphs: ProfileParagraphs;
    /** How prose after codes reads (`NZ/SG supports a definition…`, `MX will reflect further…`); null: prose after codes is no position. */
    notes: ProfileNotes | null;
    /** The profile fits a file when any rule matches at least `minimum` times; none: it is the default. */
    detect: DetectRule[];
}
