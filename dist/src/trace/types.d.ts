/**
 * The tracer's public types: where a draft's paragraphs went in a later text (`ParagraphLink`),
 * which attributed changes the draft holds and whether they survived (`Proposal`), and what that
 * means for each delegation (`DelegationTally`).
 */
import type { ParseResult } from '../types.js';
/** A text and what `parseDraft` made of it: the tracer needs the raw text (strikes, brackets) too. */
export interface TraceText {
    /** The file's text as read (any BOM and CRLF are normalised by the tracer as by the parser). */
    text: string;
    /** `parseDraft(text, { file })`. */
    parsed: ParseResult;
}
/** An inclusive range of 1-based lines. */
export interface LineRange {
    from: number;
    to: number;
}
export interface TraceOptions {
    /** Restrict the draft to these lines (e.g. Annexes I and II of the reference file: 108-443). */
    draftLines?: LineRange;
    /** Restrict the later text to these lines (e.g. Annex III of the same file: 444-701). */
    laterLines?: LineRange;
    /**
     * The text the draft annotates, without annotations (the Chair's clean text): when given, an
     * insertion's wording is the part of the stretch before its annotation that the base lacks.
     * May be the draft itself with `baseLines` (the reference file's Annex III).
     */
    base?: TraceText;
    baseLines?: LineRange;
}
export type Relation = 'kept' | 'rewritten' | 'merged' | 'split' | 'dropped';
/** One link between a draft paragraph and a later one (a dropped paragraph: one row, later fields null). */
export interface ParagraphLink {
    draftParagraph: string;
    draftLine: number;
    laterParagraph: string | null;
    laterLine: number | null;
    relation: Relation;
    /** 0..1: the share of the later paragraph's (rare-weighted) word trigrams found in the draft paragraph. */
    similarity: number;
}
export type ProposalKind = 'insert' | 'delete' | 'replace' | 'new-paragraph';
export type Survival = 'yes' | 'partly' | 'no';
/** One attributed change in the draft. */
export interface Proposal {
    draftParagraph: string;
    /** Where the proposal's wording begins (1-based line and column in the draft file). */
    line: number;
    column: number;
    /** Canonical codes of the proposers, in draft order. */
    codes: string[];
    kind: ProposalKind;
    /** The wording proposed (or struck, for a delete), without markup or annotations. */
    text: string;
    survived: Survival;
    /** Where the wording (or, for `no`, what stands in its place) is in the later text, or null. */
    laterParagraph: string | null;
    laterLine: number | null;
    laterText: string;
    /** 0..1: the weighted share of the proposal's words found in the later text. */
    score: number;
    /** Delegations opposing the change in the same annotation (`retain original`, `oppose`, `delete`, `reservation`). */
    opponents: string[];
    /** Delegations opposing every change of the paragraph in a note on its own line (`(retain original: IRN)`). */
    paragraphOpponents: string[];
    /** For insert and replace: the wording replaced (struck, or the base's), if any. */
    original: string;
}
/** What a delegation asked for and got. */
export interface DelegationTally {
    code: string;
    /** Proposals it made or co-sponsored (all kinds). */
    proposals: number;
    yes: number;
    partly: number;
    no: number;
    /** Of its proposals, the deletions, and those that succeeded (`yes`). */
    deletionsSought: number;
    deletionsAchieved: number;
    /**
     * Times it opposed another's change (`retain original`, `oppose`, `reservation`, a `delete`
     * label on an insertion); a note opposing a whole paragraph's changes counts once for the paragraph.
     */
    oppositions: number;
    /**
     * ...and the change did not get into the later text (judged `no`: the addition is absent or the
     * wording it would have struck stands); for a paragraph note, when most of the paragraph's changes are `no`.
     */
    oppositionsUpheld: number;
    /**
     * (yes + 0.5 × partly + oppositions upheld) / (proposals + oppositions), 0 when it took no
     * position: the share of the positions it took that the later text bears out, half for `partly`.
     */
    attainment: number;
}
export interface TraceResult {
    paragraphs: ParagraphLink[];
    proposals: Proposal[];
    delegations: DelegationTally[];
}
