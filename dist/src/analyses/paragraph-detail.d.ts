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
export declare function paragraphDetail(paragraph: Paragraph, source: string | undefined, records: readonly StanceRecord[]): ParagraphDetail;
