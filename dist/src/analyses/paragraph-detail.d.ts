/**
 * One paragraph in full: its text with the struck (`~~…~~`) parts marked, and each delegation's
 * stances on it.
 */
import type { Paragraph, StanceRecord } from '../types.js';
import { type StanceCounts } from './matrix.js';
import { type Position } from './positions.js';
export interface TextSegment {
    text: string;
    struck: boolean;
}
export interface DelegationStances {
    country: string;
    name: string;
    counts: StanceCounts;
    /** positions.ts: sign(support − oppose − delete); null with `other` records only. */
    position: Position | null;
    /** The distinct non-empty labels of its records, in order of position. */
    labels: string[];
}
/** A file's text split as paragraphDetail reads it: once per file, not once per paragraph. */
export declare const sourceLines: (source: string | undefined) => string[] | undefined;
export interface ParagraphDetail {
    file: string;
    paragraph: string;
    label: string | null;
    startLine: number;
    endLine: number;
    /** The paragraph's text without markup (as `Paragraph.text`). */
    text: string;
    /** The same text cut into struck and unstruck runs. */
    segments: TextSegment[];
    /** Sorted by code. */
    delegations: DelegationStances[];
}
/** The paragraphs whose ID is `id` (case-insensitive), in every file. */
export declare function findParagraphs(paragraphs: readonly Paragraph[], id: string): Paragraph[];
/**
 * Each delegation's stances on each paragraph, counted record by record: what paragraphDetail
 * shows of the records, so that a caller need not keep them (a paragraph may have 400,000).
 */
export declare class ParagraphStances {
    private readonly byParagraph;
    static of(records: readonly StanceRecord[]): ParagraphStances;
    /** Records in order of position: each delegation's labels are kept in that order. */
    add(record: StanceRecord): void;
    /** The delegations with stances on the paragraph, sorted by code, each with its position. */
    of(paragraph: Pick<Paragraph, 'file' | 'id'>): DelegationStances[];
}
/**
 * `lines`: the paragraph's file split at `\n` (sourceLines), for its struck runs; without them the
 * text is one unstruck run. `records`: its records, or their stances as counted (ParagraphStances).
 */
export declare function paragraphDetail(paragraph: Paragraph, lines: readonly string[] | undefined, records: readonly StanceRecord[] | ParagraphStances): ParagraphDetail;
/** The paragraph's text in struck and unstruck runs, read from `lines` (its file split at `\n`); one unstruck run without them. */
export declare function paragraphRuns(paragraph: Paragraph, lines: readonly string[] | undefined): TextSegment[];
