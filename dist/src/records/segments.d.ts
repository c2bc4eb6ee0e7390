/**
 * Reading one region (a group's content, or a paragraph's top level) as annotation
 * segments (NOTATION.md, "The canonical form" and "Variants").
 *
 * A region splits into segments at `;` and at a `/` that follows a code list. A segment
 * splits at `:` into parts. Walking the parts, a code list that starts a part after prose
 * is held by that prose as its label (`delete: RUS`, `ALT: At the same time…:USA`); the
 * prose after a code list starts the next label (`NAM, stop at “…”:GTM`). A segment that
 * starts with codes has proposers (`FRA,ITA: oppose:USA`) or, when nothing later is
 * labelled, codes that hold what follows (`UK,ITA:support FRA`). Codes inside a label are
 * references. A nested group ends a label: labels start after it.
 */
import type { AstNode, CodeListNode, GroupNode } from '../../grammar/index.js';
export type RegionForm = 'top' | 'bracket' | 'paren';
export interface Attribution {
    codes: CodeListNode;
    /** The label's nodes, or null for bare codes. */
    label: AstNode[] | null;
    /** Where the annotation starts: the first label node, or the codes. */
    start: AstNode;
}
export type KnownCodes = (node: CodeListNode) => boolean;
export interface SegmentRules {
    /** A code list with at least one known delegation code. */
    known: KnownCodes;
    /** A lone word of the stance vocabulary (`support`, `oppose`). */
    isStanceWord: (word: string) => boolean;
    /** The region is a group never closed: its leading codes are read as if it closed after them. */
    unclosed?: boolean;
    /**
     * Whether each group yields a mention, kept per reading so nested groups are not read again
     * at every level above them; one table per paragraph for the stance reading, its own for
     * `check`'s permissive one.
     */
    mentionGroups: Map<GroupNode, boolean>;
}
export declare function hasWords(nodes: readonly AstNode[]): boolean;
/**
 * The region's segments one at a time (separators dropped): the nodes themselves when there is
 * one. A group of 200,000 segments is read without its segments all cut out at once.
 */
export declare function eachSegment(nodes: AstNode[], known: KnownCodes): Generator<AstNode[]>;
export declare function attributionsOf(segment: AstNode[], form: RegionForm, rules: SegmentRules): Attribution[];
/**
 * A segment's attributions, and the label being read where it ends (what a colon and codes after
 * it would take): at a paragraph's top level, read in sections, the label that goes on over a cut
 * (a cut falls only in a segment that does not start with codes, whose reading turns on all of it).
 */
export declare function readSegment(segment: AstNode[], form: RegionForm, rules: SegmentRules): {
    found: Attribution[];
    label: AstNode[];
};
