/**
 * The text cleaner: every way the pipeline turns source text into the text it shows or tests
 * (paragraph text, labels, excerpts, the chapeau test) is here, so that they differ only where
 * their uses differ and those differences can be read side by side.
 */
/**
 * `text` without the run at its end of `\s` and of the characters of `others`: what
 * `text.replace(/[\s…]+$/, '')` does, but V8 would try that pattern at every position of the
 * text, and this looks only at its end.
 */
export declare function trimEndOf(text: string, others: string): string;
/**
 * Prose as shown (paragraph text, labels, excerpts): page-number lines, Markdown emphasis,
 * strike marks and inline HTML tags removed, white space folded. Most labels and excerpts are
 * plain prose: a step that cannot change the text is skipped.
 */
export declare function cleanText(source: string): string;
/**
 * `text.replace(pattern, replacement)` for a global `pattern` whose every match is a whole run of
 * white space or holds none: a long text is cut after white space runs into pieces of some 64 KB,
 * each replaced, and the pieces joined. V8 gives a replace's result as a rope of the pieces between
 * matches, about 70 bytes a word (13 times a paragraph's text), where the joined pieces are flat.
 */
export declare function replaceInPieces(text: string, pattern: RegExp, replacement: string): string;
/**
 * `cleanText`'s text without its final trim, and for each of its characters whether it lay
 * between `~~` marks (1) or not (0): for showing struck runs as struck. The text is joined from
 * the runs copied as they are, and the marks are a byte a character: a character and a flag an
 * element each took some 16 bytes a character of a paragraph of megabytes.
 */
export declare function cleanTextWithStrikes(source: string): {
    text: string;
    struck: Uint8Array;
};
/** A label as written: cleaned, without the separators (`,;:/.`, hyphen, en and em dash) that delimit it. */
export declare function cleanLabel(source: string): string;
/** The prose before an annotation: cleaned, without the separators and openers around it. */
export declare const cleanExcerpt: (source: string) => string;
/** A paragraph's opening prose: cleaned, with Markdown heading marks (`##`) dropped as well. */
export declare const cleanOpening: (source: string) => string;
/**
 * A chunk's words for the heading and chapeau tests: only the Markdown around them (`#`, `*`,
 * `_`, `>`, `-` and white space) is taken off, at both ends; nothing inside is changed, as those
 * tests look at how the chunk opens.
 */
export declare const stripMarkup: (raw: string) => string;
/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring
 * of 13 or more characters as a view into its parent, so a substring kept for long (a cache key)
 * would keep the whole of a file's text alive. Joining it to another string makes V8 copy both
 * into a new string when it is cut again, and the result points only into that copy.
 */
export declare const detached: (text: string) => string;
