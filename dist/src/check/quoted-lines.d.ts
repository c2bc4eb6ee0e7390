/** The lines a report quotes, read forwards from one file's text instead of split into every line. */
import { type Finding } from './findings.js';
export declare class QuotedLines {
    private readonly reader;
    /** How many lines `text.split('\n')` gives: a finding past them quotes none. */
    private readonly count;
    constructor(text: string);
    /** The lines `findings` are on (in order, as check gives them), each at its place (line n at n - 1) in a list that holds no other. */
    of(findings: readonly Finding[]): string[];
}
