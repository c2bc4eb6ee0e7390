/** The lines a report quotes, read forwards from one file's text instead of split into every line. */
import { Lines } from './findings.js';
export class QuotedLines {
    reader;
    /** How many lines `text.split('\n')` gives: a finding past them quotes none. */
    count;
    constructor(text) {
        this.reader = new Lines(text);
        let count = 1;
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            count++;
        this.count = count;
    }
    /** The lines `findings` are on (in order, as check gives them), each at its place (line n at n - 1) in a list that holds no other. */
    of(findings) {
        const quoted = [];
        for (const { line } of findings)
            if (line >= 1 && line <= this.count)
                quoted[line - 1] ??= this.reader.at(line);
        return quoted;
    }
}
