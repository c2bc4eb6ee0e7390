/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { byPosition, parseDraft } from '../api.js';
import { loadCodeTable } from '../records/codes.js';
import { lazyDiagnostic } from '../records/diagnostics.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { isRuleName, RULES } from './rules.js';
export function checkDraft(input, options = {}) {
    const file = options.file ?? '-';
    const codes = options.codes ?? loadCodeTable();
    const vocabulary = options.vocabulary ?? loadVocabulary();
    const result = parseDraft(input, { file, codes, vocabulary, invalidLines: options.invalidLines });
    return checkParsed(result, typeof input === 'string' ? input : input.text, { ...options, vocabulary });
}
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
    duplicates = [];
    paragraphs = [];
    labels = [];
    previousNumber = 0;
    constructor(text, options = {}) {
        this.options = options;
        const vocabulary = options.vocabulary ?? loadVocabulary();
        // Only for the column of a paragraph's label: any line end counts, as a string may not be normalised.
        this.lines = text.split(/\r\n|\r|\n/);
        this.choices = options.rules ?? {};
        const labelsChosen = this.choices['unknown-label'] !== undefined && this.choices['unknown-label'] !== 'off';
        this.isKnownLabel = options.strict || labelsChosen ? (label) => vocabulary.isKnownLabel(label) : undefined;
    }
    addParagraph(paragraph) {
        this.previousNumber = paragraphFindings(paragraph, this.lines, this.previousNumber, this.paragraphs);
    }
    addAnnotations(annotations) {
        duplicateCodes(annotations, this.duplicates);
        if (this.isKnownLabel)
            unknownLabels(annotations, this.isKnownLabel, this.labels);
    }
    /** The findings, with the file's diagnostics (the parser's, known once the file is read). */
    end(diagnostics) {
        const { choices, options } = this;
        const raw = [
            ...diagnostics.filter((d) => isRuleName(d.rule)),
            ...this.duplicates,
            ...this.paragraphs,
            ...this.labels,
        ];
        return raw
            .map((finding) => ({ finding, choice: choices[finding.rule] }))
            .filter(({ choice }) => choice !== 'off')
            .map(({ finding, choice }) => withSeverity(finding, options.strict ? 'error' : choice ?? RULES[finding.rule].severity))
            .sort((a, b) => byPosition(a, b) || a.rule.localeCompare(b.rule));
    }
}
/** The finding with the severity `check` gives its rule; its message still written only when read. */
function withSeverity(finding, severity) {
    return lazyDiagnostic(finding, severity, finding.rule, () => finding.message);
}
/** A delegation listed twice in one code list (one segment); twice in one group with two roles is fine. */
function duplicateCodes(annotations, found) {
    for (const annotation of annotations) {
        for (const segment of annotation.segments) {
            const seen = new Map();
            for (const mention of segment.mentions) {
                const first = seen.get(mention.country);
                if (first !== undefined) {
                    found.push({
                        file: annotation.file, line: mention.line, column: mention.column, rule: 'duplicate-code',
                        message: `\`${mention.raw}\` is listed twice in this code list${first === mention.raw ? "" : ` (first as \`${first}\`)`}: list it once`,
                    });
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
    const line = lines[paragraph.startLine - 1] ?? '';
    const column = paragraph.label ? Math.max(1, line.indexOf(paragraph.label) + 1) : 1;
    const at = { file: paragraph.file, line: paragraph.startLine, column };
    if (paragraph.id !== paragraph.baseId) {
        found.push({ ...at, rule: 'repeated-paragraph', message: `paragraph \`${paragraph.baseId}\` occurs again (read as \`${paragraph.id}\`)` });
    }
    if (paragraph.kind !== 'numbered')
        return previous;
    const number = Number(paragraph.baseId.slice(2));
    if (number === 1 && previous > 1)
        previous = 0; // a second draft starts over
    if (previous > 0 && number > previous + 1) {
        found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: ${number === previous + 2 ? `${previous + 1} is` : `${previous + 1} to ${number - 1} are`} missing` });
    }
    else if (previous > 0 && number <= previous && paragraph.id === paragraph.baseId) {
        found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: numbering goes back` });
    }
    return Math.max(previous, number); // after a swap (4, 3, 5) 5 follows 4: nothing skipped
}
function unknownLabels(annotations, isKnown, found) {
    for (const annotation of annotations) {
        for (const segment of annotation.segments) {
            const first = segment.mentions[0];
            if (!first || segment.label === '' || isKnown(segment.label))
                continue;
            found.push({
                file: annotation.file, line: first.line, column: first.column, rule: 'unknown-label',
                message: `label \`${segment.label}\` is not in the stance vocabulary (read as ${segment.stance})`,
            });
        }
    }
}
