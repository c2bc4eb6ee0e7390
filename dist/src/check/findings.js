/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { byPosition, readSections } from '../api.js';
import { loadCodeTable } from '../records/codes.js';
import { lazyDiagnostic } from '../records/diagnostics.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { isRuleName, RULES } from './rules.js';
export function checkDraft(input, options = {}) {
    // Read section by section: no paragraph, annotation or record is kept once looked at.
    return [...checkDraftInOrder(input, options)].flat();
}
/**
 * checkDraft's findings given out in order as the draft is read, a batch at a time (their
 * concatenation is checkDraft's list), so a caller that writes them as they come never holds a
 * file's every finding. A finding waits only while a later part of the draft could still bring
 * one before it: a paragraph's own findings come at its first line once it is complete, so while
 * it is open nothing from its first line on is given out, and once it is, nothing from its last.
 * Where the paragraphs do not come in the text's order (a profile's page-foot footnotes), the
 * findings come in one batch at the end. `sectionTokens`: as readSections' (the tests cut at every place allowed).
 */
export function* checkDraftInOrder(input, options = {}, sectionTokens) {
    const file = options.file ?? '-';
    const codes = options.codes ?? loadCodeTable();
    const vocabulary = options.vocabulary ?? loadVocabulary();
    const reading = readSections(input, { file, codes, vocabulary, invalidLines: options.invalidLines, notation: options.notation }, sectionTokens);
    const inOrder = new FindingsInOrder(typeof input === 'string' ? input : input.text, { ...options, vocabulary }, reading);
    for (const part of reading.sections) {
        const ready = inOrder.add(part);
        if (ready.length > 0)
            yield ready;
    }
    const rest = inOrder.end();
    if (rest.length > 0)
        yield rest;
}
/**
 * A file's findings as `check` gives them, gathered part by part as the file is read and given
 * out in order as soon as nothing still to come can go before them (checkDraftInOrder).
 */
export class FindingsInOrder {
    waiting = [];
    collector;
    /** Paragraphs out of the text's order (a profile's page-foot footnotes): the findings all come at the end. */
    inTextOrder;
    /** `reading`: the file's, before any part is read; its diagnostics so far are the file's own (bytes replaced). */
    constructor(text, options, reading) {
        this.collector = new FindingsCollector(text, options, (finding) => this.waiting.push(finding));
        this.inTextOrder = reading.inTextOrder;
        this.wait(reading.diagnostics());
    }
    /** One part read: the findings that come before any still to come, sorted (often none). */
    add(part) {
        // A part's parser diagnostics come before the collector's findings in it, as in checkDraft's order for a tie.
        this.wait(part.diagnostics);
        if (part.complete)
            this.collector.addParagraph(part.paragraph);
        this.collector.addAnnotations(part.annotations);
        if (!this.inTextOrder)
            return [];
        const from = part.complete ? part.paragraph.endLine : part.paragraph.startLine;
        const ready = [];
        let kept = 0;
        for (const finding of this.waiting) {
            if (finding.line < from)
                ready.push(finding);
            else
                this.waiting[kept++] = finding; // an earlier place of the same list: the loop has passed it
        }
        this.waiting.length = kept;
        return sortFindings(ready);
    }
    /** The file read: the findings still waiting, sorted. */
    end() {
        return sortFindings(this.waiting.splice(0));
    }
    wait(diagnostics) {
        for (const diagnostic of diagnostics) {
            const finding = this.collector.withCheckSeverityOf(diagnostic);
            if (finding)
                this.waiting.push(finding);
        }
    }
}
/** checkDraft's order: by position, then by rule; stable, so a tie keeps the order found. */
const sortFindings = (findings) => findings.sort((a, b) => byPosition(a, b) || a.rule.localeCompare(b.rule));
/**
 * The findings of a draft already parsed (`result`, from `text`), as checkDraft gives them: the
 * CLI's other commands count a draft's faults this way without parsing it twice.
 */
export function checkParsed(result, text, options = {}) {
    const collector = new FindingsCollector(text, options);
    for (const paragraph of result.paragraphs)
        collector.addParagraph(paragraph);
    collector.addAnnotations(result.annotations);
    return collector.end(result.diagnostics);
}
/**
 * `check`'s findings of one draft gathered as it is read, paragraph by paragraph (readDraft):
 * each paragraph and its annotations are looked at when they come, so a caller that writes as it
 * reads keeps none of them. Paragraphs must come in text order; annotations in any order.
 */
export class FindingsCollector {
    options;
    lines;
    choices;
    isKnownLabel;
    /** The collector's own findings, in the order the rules found them, unless passed on (`passOn`). */
    kept = [];
    found;
    previousNumber = 0;
    /**
     * `passOn`: the collector's own findings go there as they are found, their severity set, and
     * are not kept (end() gives the parser's alone): for a caller that only counts them.
     */
    constructor(text, options = {}, passOn) {
        this.options = options;
        const vocabulary = options.vocabulary ?? loadVocabulary();
        this.lines = new Lines(text);
        this.choices = options.rules ?? {};
        const labelsChosen = this.choices['unknown-label'] !== undefined && this.choices['unknown-label'] !== 'off';
        this.isKnownLabel = options.strict || labelsChosen ? (label) => vocabulary.isKnownLabel(label) : undefined;
        this.found = passOn ? { push: (finding) => this.withCheckSeverity(finding) && passOn(finding) } : this.kept;
    }
    addParagraph(paragraph) {
        this.previousNumber = paragraphFindings(paragraph, this.lines, this.previousNumber, this.found);
    }
    addAnnotations(annotations) {
        duplicateCodes(annotations, this.found);
        if (this.isKnownLabel)
            unknownLabels(annotations, this.isKnownLabel, this.found);
    }
    /** The findings, with the file's diagnostics (the parser's, known once the file is read). */
    end(diagnostics) {
        const found = [];
        for (const diagnostic of diagnostics) {
            const finding = this.withCheckSeverityOf(diagnostic);
            if (finding)
                found.push(finding);
        }
        // Made here, and so given check's severity in place.
        for (const finding of this.kept)
            if (this.withCheckSeverity(finding))
                found.push(finding);
        return sortFindings(found);
    }
    /** A parser diagnostic as `check` reports it: a copy with its rule's severity (the other outputs keep the parser's); null when the rule is off. */
    withCheckSeverityOf(diagnostic) {
        const severity = isRuleName(diagnostic.rule) ? this.severityOf(diagnostic.rule) : null;
        return severity ? withSeverity(diagnostic, severity) : null;
    }
    severityOf(rule) {
        const choice = this.choices[rule];
        if (choice === 'off')
            return null;
        return this.options.strict ? 'error' : choice ?? RULES[rule].severity;
    }
    /** Gives one of the collector's own findings the severity `check` gives its rule; false when the rule is off. */
    withCheckSeverity(finding) {
        const severity = this.severityOf(finding.rule);
        if (severity)
            finding.severity = severity;
        return severity !== null;
    }
}
/** The finding with the severity `check` gives its rule; its message still written only when read. */
function withSeverity(finding, severity) {
    return lazyDiagnostic(finding, severity, finding.rule, () => finding.message);
}
/**
 * A finding of the collector's own, its severity set when the findings are given out. One shape
 * for all (lazyDiagnostic), its message written when read: a draft may have one per paragraph.
 */
const finding = (at, rule, describe) => lazyDiagnostic(at, RULES[rule].severity, rule, describe);
/**
 * The lines of a text, any line end counting (a string may not be normalised), read forwards
 * as paragraphs come in text order: no array of every line.
 */
export class Lines {
    text;
    static BREAK = /\r\n|\r|\n/g;
    number = 1;
    offset = 0;
    constructor(text) {
        this.text = text;
    }
    /** Line `n` (1-based), '' past the end. */
    at(n) {
        if (n < this.number)
            [this.number, this.offset] = [1, 0];
        const BREAK = Lines.BREAK;
        while (this.number < n) {
            BREAK.lastIndex = this.offset;
            const found = BREAK.exec(this.text);
            if (!found)
                return '';
            this.offset = found.index + found[0].length;
            this.number++;
        }
        BREAK.lastIndex = this.offset;
        const end = BREAK.exec(this.text)?.index ?? this.text.length;
        return this.text.slice(this.offset, end);
    }
}
/** A delegation listed twice in one code list (one segment); twice in one group with two roles is fine. */
function duplicateCodes(annotations, found) {
    for (const annotation of annotations) {
        for (const segment of annotation.segments) {
            const seen = new Map();
            for (const mention of segment.mentions) {
                const first = seen.get(mention.country);
                if (first !== undefined) {
                    const raw = mention.raw;
                    found.push(finding({ file: annotation.file, line: mention.line, column: mention.column }, 'duplicate-code', () => `\`${raw}\` is listed twice in this code list${first === raw ? "" : ` (first as \`${first}\`)`}: list it once`));
                }
                else
                    seen.set(mention.country, mention.raw);
            }
        }
    }
}
/**
 * One paragraph's findings: a repeated ID, an operative number that skips or goes back (a new
 * draft restarting at 1 is fine). Takes the highest operative number so far, returns the next.
 */
function paragraphFindings(paragraph, lines, previousNumber, found) {
    let previous = previousNumber;
    const line = lines.at(paragraph.startLine);
    const column = paragraph.label ? Math.max(1, line.indexOf(paragraph.label) + 1) : 1;
    const at = { file: paragraph.file, line: paragraph.startLine, column };
    const { id, baseId } = paragraph;
    if (id !== baseId)
        found.push(finding(at, 'repeated-paragraph', () => `paragraph \`${baseId}\` occurs again (read as \`${id}\`)`));
    if (paragraph.kind !== 'numbered')
        return previous;
    const number = Number(baseId.slice(2));
    if (number === 1 && previous > 1)
        previous = 0; // a second draft starts over
    const before = previous;
    if (previous > 0 && number > previous + 1) {
        found.push(finding(at, 'paragraph-numbering', () => `paragraph ${number} follows ${before}: ${number === before + 2 ? `${before + 1} is` : `${before + 1} to ${number - 1} are`} missing`));
    }
    else if (previous > 0 && number <= previous && id === baseId) {
        found.push(finding(at, 'paragraph-numbering', () => `paragraph ${number} follows ${before}: numbering goes back`));
    }
    return Math.max(previous, number); // after a swap (4, 3, 5) 5 follows 4: nothing skipped
}
function unknownLabels(annotations, isKnown, found) {
    for (const annotation of annotations) {
        for (const segment of annotation.segments) {
            const first = segment.mentions[0];
            if (!first || segment.label === '' || isKnown(segment.label))
                continue;
            const { label, stance } = segment;
            found.push(finding({ file: annotation.file, line: first.line, column: first.column }, 'unknown-label', () => `label \`${label}\` is not in the stance vocabulary (read as ${stance})`));
        }
    }
}
