/**
 * Each delegation's stance counts on each paragraph, in columns of numbers: what the positions
 * (positions.ts) and the matrix are made of, at a few dozen bytes per paragraph and delegation
 * where an object and a map entry apiece took some 300. topContested, computeAgreement and
 * buildMatrix read it directly.
 */
import { STANCES } from '../types.js';
import { IntColumn } from '../util/int-column.js';
/** `sign(support − against)`; null when both are 0 (positions.ts, positionOf). */
export const balancePosition = (support, against) => support === 0 && against === 0 ? null : Math.sign(support - against);
const STANCE_INDEX = { support: 0, oppose: 1, delete: 2, other: 3 };
const NONE = -1;
export class PositionTable {
    /** Input files in order of first record. */
    files = [];
    /** Delegations in order of first record, and their names. */
    countries = [];
    names = [];
    /** file -> its index in `files`, and paragraph ID -> paragraph index. */
    paragraphIndex = new Map();
    countryIndex = new Map();
    paragraphFile = new IntColumn();
    paragraphIds = [];
    /** Per paragraph, its latest entry; per entry, the one added before it on the same paragraph. */
    latestEntry = new IntColumn();
    earlierEntry = new IntColumn();
    entryParagraphs = new IntColumn();
    entryCountries = new IntColumn();
    /** Four per entry, in STANCES order. */
    counts = new IntColumn();
    /** The last record's paragraph: a draft's records come paragraph by paragraph. */
    last = { file: '', id: '', paragraph: NONE };
    get paragraphCount() {
        return this.paragraphIds.length;
    }
    /** Entries (a delegation with records on a paragraph) in order of first record. */
    get entryCount() {
        return this.entryParagraphs.length;
    }
    get multiFile() {
        return this.files.length > 1;
    }
    add(records) {
        for (const record of records) {
            const paragraph = this.paragraphOf(record.file, record.paragraph);
            const country = this.countryOf(record.country, record.name);
            let entry = this.latestEntry.get(paragraph);
            // A paragraph has an entry per delegation at most: a short walk.
            while (entry !== NONE && this.entryCountries.get(entry) !== country)
                entry = this.earlierEntry.get(entry);
            if (entry === NONE) {
                entry = this.entryParagraphs.push(paragraph);
                this.entryCountries.push(country);
                this.earlierEntry.push(this.latestEntry.get(paragraph));
                this.latestEntry.set(paragraph, entry);
                for (let i = 0; i < STANCES.length; i++)
                    this.counts.push(0);
            }
            const at = entry * STANCES.length + STANCE_INDEX[record.stance];
            this.counts.set(at, this.counts.get(at) + (record.count ?? 1));
        }
    }
    /** `file:ID` when the records come from more than one file, else the ID. */
    paragraphKey(paragraph) {
        const id = this.paragraphIds[paragraph];
        return this.multiFile ? `${this.paragraphFileName(paragraph)}:${id}` : id;
    }
    paragraphRef(paragraph) {
        return { key: this.paragraphKey(paragraph), file: this.paragraphFileName(paragraph), paragraph: this.paragraphId(paragraph) };
    }
    /** The paragraph `id` of `file`, if it has records. */
    findParagraph(file, id) {
        return this.paragraphIndex.get(file)?.ids.get(id);
    }
    paragraphId(paragraph) {
        return this.paragraphIds[paragraph];
    }
    paragraphFileName(paragraph) {
        return this.files[this.paragraphFile.get(paragraph)];
    }
    /** The paragraph's file, an index into `files`. */
    paragraphFileIndex(paragraph) {
        return this.paragraphFile.get(paragraph);
    }
    entryParagraph(entry) {
        return this.entryParagraphs.get(entry);
    }
    /** The entry's delegation, an index into `countries`. */
    entryCountry(entry) {
        return this.entryCountries.get(entry);
    }
    entryCounts(entry) {
        const at = entry * STANCES.length;
        return { support: this.counts.get(at), oppose: this.counts.get(at + 1), delete: this.counts.get(at + 2), other: this.counts.get(at + 3) };
    }
    /** How many records the entry counts, of every stance. */
    entryTotal(entry) {
        const at = entry * STANCES.length;
        return this.counts.get(at) + this.counts.get(at + 1) + this.counts.get(at + 2) + this.counts.get(at + 3);
    }
    /** `sign(support − oppose − delete)`; null when the entry has only `other` records. */
    position(entry) {
        const at = entry * STANCES.length;
        return balancePosition(this.counts.get(at), this.counts.get(at + 1) + this.counts.get(at + 2));
    }
    /** Each entry of `paragraph`, latest first. */
    *entriesOf(paragraph) {
        for (let entry = this.latestEntry.get(paragraph); entry !== NONE; entry = this.earlierEntry.get(entry))
            yield entry;
    }
    paragraphOf(file, id) {
        const { last } = this;
        if (last.paragraph !== NONE && last.id === id && last.file === file)
            return last.paragraph;
        let inFile = this.paragraphIndex.get(file);
        if (!inFile)
            this.paragraphIndex.set(file, (inFile = { file: this.files.push(file) - 1, ids: new Map() }));
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
    countryOf(code, name) {
        let country = this.countryIndex.get(code);
        if (country === undefined) {
            country = this.countries.push(code) - 1;
            this.names.push(name);
            this.countryIndex.set(code, country);
        }
        return country;
    }
}
