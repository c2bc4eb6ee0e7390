/** One delegation's positions: its records on every paragraph and a summary of them. */
import type { StanceRecord } from '../types.js';
export interface CountrySummary {
    country: string;
    name: string;
    records: number;
    /** Paragraphs with at least one record of the delegation. */
    paragraphs: number;
    /** Paragraphs with at least one `support` record. */
    supported: number;
    /** Paragraphs with at least one `oppose` record. */
    opposed: number;
    /** Paragraphs with at least one `delete` record. */
    deleted: number;
    /** Paragraphs with at least one `other` record. */
    other: number;
}
/**
 * Counts paragraphs, not records: a paragraph on which the delegation both proposed wording and
 * asked to delete some counts once as supported and once as sought to delete. Paragraphs of
 * different files are different paragraphs.
 */
export declare function summariseCountry(country: string, name: string, records: readonly StanceRecord[]): CountrySummary;
