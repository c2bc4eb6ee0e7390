/**
 * Scores a trace against hand-made expectations (the maintainers' metrics, issue 22):
 * - map: a draft paragraph is right when at least one of its later paragraphs is an expected
 *   one (compared by line, since IDs of unnumbered paragraphs differ), or both say dropped;
 * - found: an expected proposal is found when a traced one has the same paragraph, a shared
 *   proposer and overlapping wording (a shared content word bigram, or half of the shorter's content words);
 * - survival, over the found: yes+partly against no (2-way), and all three values (3-way).
 */
import type { ParagraphLink, Proposal, Survival } from './types.js';
export interface ExpectedLink {
    draftParagraph: string;
    /** Expected later paragraph IDs, empty when dropped. */
    later: string[];
}
export interface ExpectedProposal {
    draftParagraph: string;
    line: number;
    codes: string[];
    kind: string;
    text: string;
    survived: Survival;
}
export interface MapScore {
    total: number;
    right: number;
    rate: number;
    wrong: {
        draftParagraph: string;
        expected: string[];
        got: string[];
    }[];
    /** Expected rows naming a draft paragraph the parser does not produce (not counted in `total`). */
    unknown: string[];
}
export interface ProposalScore {
    total: number;
    found: number;
    foundRate: number;
    twoWay: number;
    threeWay: number;
    missed: ExpectedProposal[];
    disagreements: {
        expected: ExpectedProposal;
        got: Proposal;
    }[];
}
/**
 * `lineOf`: expected later ID -> its line (from final-paragraphs.csv). `known`: the draft's
 * paragraph IDs (from the parser); an expected row naming another is set apart as `unknown`, since
 * no output can match it.
 */
export declare function scoreMap(got: readonly ParagraphLink[], expected: readonly ExpectedLink[], lineOf: (id: string) => number | undefined, known?: ReadonlySet<string>): MapScore;
/** How much two wordings overlap: 0 when they share no content bigram and under half the shorter's content words. */
export declare function overlap(a: string, b: string): number;
export declare function scoreProposals(got: readonly Proposal[], expected: readonly ExpectedProposal[]): ProposalScore;
