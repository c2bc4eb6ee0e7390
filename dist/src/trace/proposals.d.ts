/**
 * Stage 3: the proposals, one per attributed change. The rules (with examples) are in README.md,
 * "How far a proposal's wording reaches".
 */
import type { DraftParagraph, SegmentInfo, WordItem } from './draft.js';
import type { SourceText } from './source.js';
import type { ProposalKind } from './types.js';
/** A proposal before its verdict. */
export interface DraftProposal {
    paragraph: DraftParagraph;
    off: number;
    line: number;
    column: number;
    codes: string[];
    kind: ProposalKind;
    /** The proposal's words (normal forms) and its text. */
    norms: string[];
    text: string;
    /** Normal forms of up to four words on each side in the draft (anchor the alignment of short wording). */
    before: string[];
    after: string[];
    original: string;
    opponents: string[];
    /** Opponents of every change in the paragraph (a note such as `(retain original: IRN)` on its own line). */
    paragraphOpponents: string[];
    /** A deletion of (nearly) the whole paragraph: judged by whether the paragraph lives on. */
    wholeParagraph: boolean;
}
/**
 * `added`: for each item, whether it is a word the base lacks (null without a base counterpart).
 * `heading`: proposers named by an editor's line before the paragraph (`Proposals from RUS on OP 1`),
 * for a paragraph new as a whole that names none itself.
 */
export declare function extractProposals(dp: DraftParagraph, added: boolean[] | null, src: SourceText, heading?: string[]): DraftProposal[];
/** A label that is proposed wording rather than a stance (`[reaffirm:SWE/recall:USA]`). */
export declare function isWording(label: string): boolean;
/** The words as written, with the punctuation right after each. */
export declare function joinWords(text: string, words: WordItem[]): string;
export type { SegmentInfo };
