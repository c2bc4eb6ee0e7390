/**
 * The page layout a profile describes, read before the grammar: page furniture (headers,
 * footers) blanked, glued footnote numbers blanked (`CA5` -> `CA `), and the numbered footnotes
 * at each page's foot found with their reference marks. The text keeps its length and its line
 * breaks, so every line and column the later stages give is the file's own.
 */
import type { NotationProfile } from './profile.js';
export interface FootnoteMark {
    line: number;
    column: number;
}
export interface Layout {
    /** The text with furniture and footnote numbers blanked: as long as the file's, line for line. */
    text: string;
    /** Footnote number by line of its body (1-based lines); absent: not in a footnote. */
    footnoteOfLine: ReadonlyMap<number, number>;
    /** Lines where a footnote's body starts: a chunk of its own begins there. */
    footnoteStarts: ReadonlySet<number>;
    /** Where each footnote's reference mark stands (for a mark on a line of its own: the next line with text). */
    marks: ReadonlyMap<number, FootnoteMark>;
}
/**
 * The layout of `text` under `profile`, or null when the profile describes none (the Kyoto
 * notation): the text is then read as it is.
 */
export declare function layoutOf(text: string, profile: NotationProfile, stanceWords: readonly string[]): Layout | null;
