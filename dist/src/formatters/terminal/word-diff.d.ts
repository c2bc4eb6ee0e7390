import type { ChalkInstance } from 'chalk';
import { type StyledWord } from './wrap.js';
/** Each side's words, marked where the sides differ. */
export interface WordDiff {
    before: StyledWord[];
    after: StyledWord[];
}
export declare function wordDiff(before: string, after: string, chalk: ChalkInstance): WordDiff;
/** Words wrapped to `width`, each line in plain form (for measuring) and styled form (shown); a word wider than a line is cut into plain pieces. */
export declare function wrapStyled(words: readonly StyledWord[], width: number): StyledWord[];
/** Narrowest width at which two columns are shown side by side; below it, one above the other. */
export declare const SIDE_BY_SIDE_MIN = 60;
/**
 * Two texts under their titles: side by side in two columns split by ` │ ` when `width` allows
 * (SIDE_BY_SIDE_MIN), else one above the other, each indented by two spaces under its title. An
 * empty side shows `(none)`. No line is wider than `width` or ends in spaces.
 */
export declare function sideBySide(left: {
    title: string;
    words: readonly StyledWord[];
}, right: {
    title: string;
    words: readonly StyledWord[];
}, width: number, chalk: ChalkInstance): string[];
