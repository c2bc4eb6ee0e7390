/**
 * Words: how the tracer reads wording. A word is a run of letters and digits; its normal form is
 * lower-cased, British `-ise` spelt `-ize`, and lightly stemmed (`combatting`, `combating` and
 * `combat` are one word), so that a later text's small rewordings still align.
 */
/** The normal form of one word. */
export declare function normalWord(word: string): string;
/** Whether a normalised (lower-case) word is a function word. */
export declare const isStopword: (normal: string) => boolean;
/** How much one word counts in coverage and similarity: content words 1, function words 0.3. */
export declare const weightOf: (normal: string) => number;
/** The words of a text, as written. */
export declare function wordsOf(text: string): string[];
/** The normal forms of a text's words. */
export declare function normalWords(text: string): string[];
/** Collapses white space and trims. */
export declare const squash: (text: string) => string;
/** Removes Markdown emphasis, heading marks, inline HTML and link targets left by conversion. */
export declare function stripMarkup(text: string): string;
