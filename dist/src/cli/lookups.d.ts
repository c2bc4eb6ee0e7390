import type { RecordFilter } from '../analyses/filter.js';
import type { StanceRecord } from '../types.js';
import type { OutputStream } from './cli-io.js';
/** A paragraph ID as compared: case and spacing ignored (`op6bis` is `OP6 Bis`). */
export declare const paragraphKey: (id: string) => string;
/** Up to three of `candidates` near `wanted` (as paragraphKey compares them), nearest first. */
export declare function nearParagraphs(wanted: string, candidates: Iterable<string>): string[];
/** Watches what the filters let through, and says which part matched nothing. */
export declare class FilterWitness {
    private readonly filter;
    private readonly paragraphIds;
    private readonly countries;
    private readonly stances;
    constructor(filter: RecordFilter);
    /** The paragraphs read, and the records the filters kept. */
    see(paragraphIds: Iterable<string>, kept: readonly StanceRecord[]): void;
    end(stderr: OutputStream): void;
}
/** The ISO alpha-3 code of a country named in English (`france`, `United Kingdom`, `Viet Nam`), if any. */
export declare function codeOfName(raw: string, extra?: readonly {
    name: string;
    code: string;
}[]): string | undefined;
/** Up to three names near `raw`, as `'France' (FRA)`. */
export declare function nearNames(raw: string): string[];
