/**
 * Each delegation's stance counts on each paragraph, in columns of numbers: what the positions
 * (positions.ts) and the matrix are made of, at a few dozen bytes per paragraph and delegation
 * where an object and a map entry apiece took some 300. topContested, computeAgreement and
 * buildMatrix read it directly.
 */
import { type Stance, type StanceRecord } from '../types.js';
/** How many records of each stance one delegation has on one paragraph. */
export type StanceCounts = Record<Stance, number>;
/**
 * What the matrix and the positions count: a record, or `count` records of one delegation and
 * stance on one paragraph, so that a draft's many records need not all be held.
 */
export type StanceTally = Pick<StanceRecord, 'file' | 'paragraph' | 'country' | 'name' | 'stance'> & {
    count?: number;
};
export type Position = 1 | -1 | 0;
/** A paragraph of the input: one file's paragraph (the same ID in two files is two paragraphs). */
export interface ParagraphRef {
    /** Unique key: the paragraph ID, or `file:paragraph` when the records span several files. */
    key: string;
    file: string;
    paragraph: string;
}
/** `sign(support − against)`; null when both are 0 (positions.ts, positionOf). */
export declare const balancePosition: (support: number, against: number) => Position | null;
export declare class PositionTable {
    /** Input files in order of first record. */
    readonly files: string[];
    /** Delegations in order of first record, and their names. */
    readonly countries: string[];
    readonly names: string[];
    /** file -> its index in `files`, and paragraph ID -> paragraph index. */
    private readonly paragraphIndex;
    private readonly countryIndex;
    private readonly paragraphFile;
    private readonly paragraphIds;
    /** Per paragraph, its latest entry; per entry, the one added before it on the same paragraph. */
    private readonly latestEntry;
    private readonly earlierEntry;
    private readonly entryParagraphs;
    private readonly entryCountries;
    /** Four per entry, in STANCES order. */
    private readonly counts;
    /** The last record's paragraph: a draft's records come paragraph by paragraph. */
    private last;
    get paragraphCount(): number;
    /** Entries (a delegation with records on a paragraph) in order of first record. */
    get entryCount(): number;
    get multiFile(): boolean;
    add(records: readonly StanceTally[]): void;
    /** `file:ID` when the records come from more than one file, else the ID. */
    paragraphKey(paragraph: number): string;
    paragraphRef(paragraph: number): ParagraphRef;
    /** The paragraph `id` of `file`, if it has records. */
    findParagraph(file: string, id: string): number | undefined;
    paragraphId(paragraph: number): string;
    paragraphFileName(paragraph: number): string;
    /** The paragraph's file, an index into `files`. */
    paragraphFileIndex(paragraph: number): number;
    entryParagraph(entry: number): number;
    /** The entry's delegation, an index into `countries`. */
    entryCountry(entry: number): number;
    entryCounts(entry: number): StanceCounts;
    /** How many records the entry counts, of every stance. */
    entryTotal(entry: number): number;
    /** `sign(support − oppose − delete)`; null when the entry has only `other` records. */
    position(entry: number): Position | null;
    /** Each entry of `paragraph`, latest first. */
    entriesOf(paragraph: number): Generator<number>;
    private paragraphOf;
    private countryOf;
}
