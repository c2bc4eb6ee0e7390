/**
 * Each delegation's stance counts on each paragraph, in columns of numbers: what the positions
 * (positions.ts) and the matrix are made of, at a few dozen bytes per paragraph and delegation
 * where an object and a map entry apiece took some 300. topContested, computeAgreement and
 * buildMatrix read it directly.
 */
import { STANCES, type Stance, type StanceRecord } from '../types.js';
import { IntColumn } from '../util/int-column.js';

/** How many records of each stance one delegation has on one paragraph. */
export type StanceCounts = Record<Stance, number>;

/**
 * What the matrix and the positions count: a record, or `count` records of one delegation and
 * stance on one paragraph, so that a draft's many records need not all be held.
 */
export type StanceTally = Pick<StanceRecord, 'file' | 'paragraph' | 'country' | 'name' | 'stance'> & { count?: number };

export type Position = 1 | -1 | 0;

/** A paragraph of the input: one file's paragraph (the same ID in two files is two paragraphs). */
export interface ParagraphRef {
  /** Unique key: the paragraph ID, or `file:paragraph` when the records span several files. */
  key: string;
  file: string;
  paragraph: string;
}

/** `sign(support − against)`; null when both are 0 (positions.ts, positionOf). */
export const balancePosition = (support: number, against: number): Position | null =>
  support === 0 && against === 0 ? null : (Math.sign(support - against) as Position);

const STANCE_INDEX: Readonly<Record<Stance, number>> = { support: 0, oppose: 1, delete: 2, other: 3 };
const NONE = -1;

export class PositionTable {
  /** Input files in order of first record. */
  readonly files: string[] = [];
  /** Delegations in order of first record, and their names. */
  readonly countries: string[] = [];
  readonly names: string[] = [];
  /** file -> its index in `files`, and paragraph ID -> paragraph index. */
  private readonly paragraphIndex = new Map<string, { file: number; ids: Map<string, number> }>();
  private readonly countryIndex = new Map<string, number>();
  private readonly paragraphFile = new IntColumn();
  private readonly paragraphIds: string[] = [];
  /** Per paragraph, its latest entry; per entry, the one added before it on the same paragraph. */
  private readonly latestEntry = new IntColumn();
  private readonly earlierEntry = new IntColumn();
  private readonly entryParagraphs = new IntColumn();
  private readonly entryCountries = new IntColumn();
  /** Four per entry, in STANCES order. */
  private readonly counts = new IntColumn();
  /** The last record's paragraph: a draft's records come paragraph by paragraph. */
  private last = { file: '', id: '', paragraph: NONE };

  get paragraphCount(): number {
    return this.paragraphIds.length;
  }

  /** Entries (a delegation with records on a paragraph) in order of first record. */
  get entryCount(): number {
    return this.entryParagraphs.length;
  }

  get multiFile(): boolean {
    return this.files.length > 1;
  }

  add(records: readonly StanceTally[]): void {
    for (const record of records) {
      const paragraph = this.paragraphOf(record.file, record.paragraph);
      const country = this.countryOf(record.country, record.name);
      let entry = this.latestEntry.get(paragraph);
      // A paragraph has an entry per delegation at most: a short walk.
      while (entry !== NONE && this.entryCountries.get(entry) !== country) entry = this.earlierEntry.get(entry);
      if (entry === NONE) {
        entry = this.entryParagraphs.push(paragraph);
        this.entryCountries.push(country);
        this.earlierEntry.push(this.latestEntry.get(paragraph));
        this.latestEntry.set(paragraph, entry);
        for (let i = 0; i < STANCES.length; i++) this.counts.push(0);
      }
      const at = entry * STANCES.length + STANCE_INDEX[record.stance];
      this.counts.set(at, this.counts.get(at) + (record.count ?? 1));
    }
  }

  /** `file:ID` when the records come from more than one file, else the ID. */
  paragraphKey(paragraph: number): string {
    const id = this.paragraphIds[paragraph]!;
    return this.multiFile ? `${this.paragraphFileName(paragraph)}:${id}` : id;
  }

  paragraphRef(paragraph: number): ParagraphRef {
    return { key: this.paragraphKey(paragraph), file: this.paragraphFileName(paragraph), paragraph: this.paragraphId(paragraph) };
  }

  /** The paragraph `id` of `file`, if it has records. */
  findParagraph(file: string, id: string): number | undefined {
    return this.paragraphIndex.get(file)?.ids.get(id);
  }

  paragraphId(paragraph: number): string {
    return this.paragraphIds[paragraph]!;
  }

  paragraphFileName(paragraph: number): string {
    return this.files[this.paragraphFile.get(paragraph)]!;
  }

  /** The paragraph's file, an index into `files`. */
  paragraphFileIndex(paragraph: number): number {
    return this.paragraphFile.get(paragraph);
  }

  entryParagraph(entry: number): number {
    return this.entryParagraphs.get(entry);
  }

  /** The entry's delegation, an index into `countries`. */
  entryCountry(entry: number): number {
    return this.entryCountries.get(entry);
  }

  entryCounts(entry: number): StanceCounts {
    const at = entry * STANCES.length;
    return { support: this.counts.get(at), oppose: this.counts.get(at + 1), delete: this.counts.get(at + 2), other: this.counts.get(at + 3) };
  }

  /** How many records the entry counts, of every stance. */
  entryTotal(entry: number): number {
    const at = entry * STANCES.length;
    return this.counts.get(at) + this.counts.get(at + 1) + this.counts.get(at + 2) + this.counts.get(at + 3);
  }

  /** `sign(support − oppose − delete)`; null when the entry has only `other` records. */
  position(entry: number): Position | null {
    const at = entry * STANCES.length;
    return balancePosition(this.counts.get(at), this.counts.get(at + 1) + this.counts.get(at + 2));
  }

  /** Each entry of `paragraph`, latest first. */
  *entriesOf(paragraph: number): Generator<number> {
    for (let entry = this.latestEntry.get(paragraph); entry !== NONE; entry = this.earlierEntry.get(entry)) yield entry;
  }

  private paragraphOf(file: string, id: string): number {
    const { last } = this;
    if (last.paragraph !== NONE && last.id === id && last.file === file) return last.paragraph;
    let inFile = this.paragraphIndex.get(file);
    if (!inFile) this.paragraphIndex.set(file, (inFile = { file: this.files.push(file) - 1, ids: new Map() }));
    let paragraph = inFile.ids.get(id);
    if (paragraph === undefined) {
      paragraph = this.paragraphIds.push(id) - 1;
      inFile.ids.set(id, paragraph);
      this.paragraphFile.push(inFile.file);
      this.latestEntry.push(NONE);
    }
    this.last = { file, id, paragraph };
    return paragraph;
  }

  private countryOf(code: string, name: string): number {
    let country = this.countryIndex.get(code);
    if (country === undefined) {
      country = this.countries.push(code) - 1;
      this.names.push(name);
      this.countryIndex.set(code, country);
    }
    return country;
  }
}
