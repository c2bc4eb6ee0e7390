/** A word or item in plain form, which decides whether it fits, and styled form, which is shown. */
export interface StyledWord {
    plain: string;
    styled: string;
}
/** Word-wraps plain text to `width`, splitting words longer than a line. */
export declare function wrapText(text: string, width: number): string[];
/** Wraps a line that is too wide, keeping its indent and indenting continuation lines further. */
export declare function wrapIndented(text: string, width: number): string[];
/**
 * Words joined by spaces and wrapped to `width`: the first line starts with `first`, the next
 * ones with `rest` (both plain text, usually a label and its indent). A word wider than a line is
 * cut.
 */
export declare function wrapWords(words: StyledWord[], width: number, first: string, rest?: string): string[];
/**
 * Joins styled items with `separator`, starting a new line before an item that would pass
 * `width`. An item wider than a line on its own loses its colour rather than the width.
 */
export declare function joinWrapped(items: StyledWord[], separator: string, width: number, prefix?: string): string[];
