import { QuotedLines } from '../check/quoted-lines.js';
import { textReport } from '../formatters/check/text.js';
import { chalkFor } from '../formatters/terminal/colour.js';
import { streamWidth } from './terminal-width.js';
import { plural } from '../formatters/terminal/plural.js';
/** What the closing line calls a rule's findings, where a plural of the rule's name reads badly. */
const NOUNS = {
    'aliased-code': 'aliased codes',
    'unknown-code': 'unknown codes',
    'duplicate-code': 'duplicate codes',
    'paragraph-numbering': 'numbering gaps',
    'repeated-paragraph': 'repeated paragraphs',
    'invalid-encoding': 'lines with invalid bytes',
    'unclosed-group': 'unclosed brackets',
    'empty-group': 'empty groups',
    'empty-code-list': 'empty code lists',
};
export class DiagnosticsSummary {
    options;
    io;
    total = 0;
    errors = 0;
    byRule = new Map();
    /** Aliases as written with the code each stands for, and how often: the commonest is the closing line's example. */
    aliases = new Map();
    report;
    /** The text whose lines the listed findings quote, read forwards. */
    quoting;
    constructor(options, io) {
        this.options = options;
        this.io = io;
        if (options.listAll) {
            const terminal = io.stderr.isTTY === true;
            this.report = textReport({ chalk: chalkFor(io.env, terminal), maxPerRule: 0, width: streamWidth(io.stderr, io.env), wrap: terminal });
        }
    }
    /** True with `--diagnostics`: the findings are listed, and so add() needs them all; else count() is enough. */
    get listing() {
        return this.report !== undefined;
    }
    /** One finding counted (not listed): a caller that reads a file part by part need not keep them. */
    count(finding) {
        const line = this.tally(finding);
        if (line)
            this.io.stderr.write(line);
    }
    /** One file's findings (all, or the next of them in order), with its text when they are listed (the lines they quote). */
    add(file, findings, text) {
        let lines = '';
        for (const f of findings)
            lines += this.tally(f);
        if (this.report) {
            // A file's findings may come in several batches: its lines are read forwards once.
            if (text !== undefined && this.quoting?.text !== text)
                this.quoting = { text, lines: new QuotedLines(text) };
            const checked = { findings, sources: text === undefined ? undefined : new Map([[file, this.quoting.lines.of(findings)]]) };
            lines += this.report.add(checked);
        }
        if (lines)
            this.io.stderr.write(lines);
    }
    /** Counts one finding; returns what is said of it at once (an invalid-encoding warning), else ''. */
    tally(f) {
        this.total++;
        if (f.severity === 'error')
            this.errors++;
        this.byRule.set(f.rule, (this.byRule.get(f.rule) ?? 0) + 1);
        if (f.rule === 'aliased-code') {
            const written = /^`([^`]+)` is an alias: write `([^`]+)`/.exec(f.message);
            const alias = written && `${written[1]} for ${written[2]}`;
            if (alias)
                this.aliases.set(alias, (this.aliases.get(alias) ?? 0) + 1);
        }
        // Problems with the input itself are always said, one line each.
        return !this.report && f.rule === 'invalid-encoding' ? `kyoto-parse: ${f.file}:${f.line}: warning: ${f.message}\n` : '';
    }
    /** The findings counted so far, as the report's summary shows them. */
    counts() {
        return { errors: this.errors, warnings: this.total - this.errors };
    }
    end() {
        if (this.report) {
            if (this.total > 0)
                this.io.stderr.write(this.report.end());
            return;
        }
        if (this.total === 0 || this.options.quiet)
            return;
        this.io.stderr.write(`kyoto-parse: ${this.closingLine()}\n`);
    }
    /** `231 findings (145 aliased codes such as UK for GBR, 21 errors): kyoto-parse check FILE lists them`. */
    closingLine() {
        const parts = [];
        const [rule, count] = [...this.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
        if (count < this.total || this.errors === 0) {
            const alias = [...this.aliases].sort((a, b) => b[1] - a[1])[0]?.[0];
            parts.push(`${count} ${NOUNS[rule] ?? `${rule} findings`}${rule === 'aliased-code' && alias ? ` such as ${alias}` : ''}`);
        }
        if (this.errors > 0)
            parts.push(plural(this.errors, 'error'));
        const { files } = this.options;
        const named = files.length <= 3 ? files.map(shellWord).join(' ') : 'FILES';
        return `${plural(this.total, 'finding')} (${parts.join(', ')}): kyoto-parse check ${named} lists them`;
    }
}
/** A file name as a shell reads it back (quoted when it holds anything but plain characters). */
const shellWord = (name) => (/^[\w./-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`);
