/**
 * The label and stance of one attribution (NOTATION.md, "The stance of a mention"): its label's
 * row in the vocabulary; for bare codes, a lone stance word before their group, else whether the
 * text they are attached to is struck.
 */
import type { IToken } from 'chevrotain';
import { type AstNode, type GroupNode } from '../../grammar/index.js';
import type { Stance } from '../types.js';
import type { ParagraphTokens } from './paragraph-tokens.js';
import { type Attribution, type SegmentRules } from './segments.js';
export interface StanceVocabulary {
    stanceOf(label: string): Stance;
    isKnownLabel(label: string): boolean;
    keywords(): readonly string[];
}
export interface StanceContext {
    paragraphTokens: ParagraphTokens;
    vocabulary: StanceVocabulary;
    /** Lower-cased single keywords of the vocabulary, for `Oppose [RUS,…]`. */
    stanceWords: ReadonlySet<string>;
}
/** `start`: where the attribution's annotation starts; `group`: the group it is in, read whole as `children`. */
export declare function labelAndStance(attribution: Attribution, start: IToken, group: GroupNode | null, children: AstNode[], context: StanceContext): {
    label: string;
    stance: Stance;
};
/**
 * `(delete the entire para and replace with the AG proposal; EGY, RUS, …)`: in a parenthesis,
 * bare codes right after a code-less instruction (a label the vocabulary knows) hold it,
 * as if the `;` were the `:` it was meant to be.
 */
export declare function instructionBefore(found: Attribution[], previous: AstNode[], rules: SegmentRules, context: StanceContext): Attribution[];
