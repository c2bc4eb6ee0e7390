/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { byPosition, parseDraft, type ParseOptions } from '../api.js';
import type { DecodedDraft } from '../decode/decode-draft.js';
import { loadCodeTable } from '../records/codes.js';
import { lazyDiagnostic } from '../records/diagnostics.js';
import { loadVocabulary } from '../records/vocabulary.js';
import type { Annotation, Diagnostic, Paragraph, ParseResult } from '../types.js';
import { isRuleName, RULES, type RuleName } from './rules.js';

export type Finding = Diagnostic & { rule: RuleName };

/** A rule's choice: off, or the severity it is reported with. */
export type RuleChoice = 'off' | Finding['severity'];

/** Rule choices by name; a rule not named keeps its default (a `strictOnly` rule stays off unless `strict`). */
export type RuleChoices = { [Name in RuleName]?: RuleChoice };

export interface CheckOptions extends ParseOptions {
  /** Every finding is an error, and the `strictOnly` rules are on. A rule chosen `off` stays off. */
  strict?: boolean;
  /** Rules turned off, or reported with another severity (`{ 'aliased-code': 'off' }`). */
  rules?: RuleChoices;
}

export function checkDraft(input: string | DecodedDraft, options: CheckOptions = {}): Finding[] {
  const file = options.file ?? '-';
  const codes = options.codes ?? loadCodeTable();
  const vocabulary = options.vocabulary ?? loadVocabulary();
  const result = parseDraft(input, { file, codes, vocabulary, invalidLines: options.invalidLines, notation: options.notation });
  return checkParsed(result, typeof input === 'string' ? input : input.text, { ...options, vocabulary });
}

/**
 * The findings of a draft already parsed (`result`, from `text`), as checkDraft gives them: the
 * CLI's other commands count a draft's faults this way without parsing it twice.
 */
export function checkParsed(result: ParseResult, text: string, options: CheckOptions = {}): Finding[] {
  const collector = new FindingsCollector(text, options);
  for (const paragraph of result.paragraphs) collector.addParagraph(paragraph);
  collector.addAnnotations(result.annotations);
  return collector.end(result.diagnostics);
}

/**
 * `check`'s findings of one draft gathered as it is read, paragraph by paragraph (readDraft):
 * each paragraph and its annotations are looked at when they come, so a caller that writes as it
 * reads keeps none of them. Paragraphs must come in text order; annotations in any order.
 */
export class FindingsCollector {
  private readonly lines: string[];
  private readonly choices: RuleChoices;
  private readonly isKnownLabel: ((label: string) => boolean) | undefined;
  private readonly duplicates: Partial[] = [];
  private readonly paragraphs: Partial[] = [];
  private readonly labels: Partial[] = [];
  private previousNumber = 0;

  constructor(text: string, private readonly options: CheckOptions = {}) {
    const vocabulary = options.vocabulary ?? loadVocabulary();
    // Only for the column of a paragraph's label: any line end counts, as a string may not be normalised.
    this.lines = text.split(/\r\n|\r|\n/);
    this.choices = options.rules ?? {};
    const labelsChosen = this.choices['unknown-label'] !== undefined && this.choices['unknown-label'] !== 'off';
    this.isKnownLabel = options.strict || labelsChosen ? (label) => vocabulary.isKnownLabel(label) : undefined;
  }

  addParagraph(paragraph: Paragraph): void {
    this.previousNumber = paragraphFindings(paragraph, this.lines, this.previousNumber, this.paragraphs);
  }

  addAnnotations(annotations: readonly Annotation[]): void {
    duplicateCodes(annotations, this.duplicates);
    if (this.isKnownLabel) unknownLabels(annotations, this.isKnownLabel, this.labels);
  }

  /** The findings, with the file's diagnostics (the parser's, known once the file is read). */
  end(diagnostics: readonly Diagnostic[]): Finding[] {
    const { choices, options } = this;
    const raw: Partial[] = [
      ...diagnostics.filter((d): d is Finding => isRuleName(d.rule)),
      ...this.duplicates,
      ...this.paragraphs,
      ...this.labels,
    ];
    return raw
      .map((finding) => ({ finding, choice: choices[finding.rule] }))
      .filter(({ choice }) => choice !== 'off')
      .map(({ finding, choice }) => withSeverity(finding, options.strict ? 'error' : (choice as Finding['severity'] | undefined) ?? RULES[finding.rule].severity))
      .sort((a, b) => byPosition(a, b) || a.rule.localeCompare(b.rule));
  }
}

/** The finding with the severity `check` gives its rule; its message still written only when read. */
function withSeverity(finding: Partial, severity: Finding['severity']): Finding {
  return lazyDiagnostic(finding, severity, finding.rule, () => finding.message) as Finding;
}

type Partial = Omit<Finding, 'severity'>;

/** A delegation listed twice in one code list (one segment); twice in one group with two roles is fine. */
function duplicateCodes(annotations: readonly Annotation[], found: Partial[]): void {
  for (const annotation of annotations) {
    for (const segment of annotation.segments) {
      const seen = new Map<string, string>();
      for (const mention of segment.mentions) {
        const first = seen.get(mention.country);
        if (first !== undefined) {
          found.push({
            file: annotation.file, line: mention.line, column: mention.column, rule: 'duplicate-code',
            message: `\`${mention.raw}\` is listed twice in this code list${first === mention.raw ? "" : ` (first as \`${first}\`)`}: list it once`,
          });
        } else seen.set(mention.country, mention.raw);
      }
    }
  }
}

/**
 * One paragraph's findings: a repeated ID, an operative number that skips or goes back (a new
 * draft restarting at 1 is fine). Takes the highest operative number so far, returns the next.
 */
function paragraphFindings(paragraph: Paragraph, lines: string[], previousNumber: number, found: Partial[]): number {
  let previous = previousNumber;
  const line = lines[paragraph.startLine - 1] ?? '';
  const column = paragraph.label ? Math.max(1, line.indexOf(paragraph.label) + 1) : 1;
  const at = { file: paragraph.file, line: paragraph.startLine, column };
  if (paragraph.id !== paragraph.baseId) {
    found.push({ ...at, rule: 'repeated-paragraph', message: `paragraph \`${paragraph.baseId}\` occurs again (read as \`${paragraph.id}\`)` });
  }
  if (paragraph.kind !== 'numbered') return previous;
  const number = Number(paragraph.baseId.slice(2));
  if (number === 1 && previous > 1) previous = 0; // a second draft starts over
  if (previous > 0 && number > previous + 1) {
    found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: ${number === previous + 2 ? `${previous + 1} is` : `${previous + 1} to ${number - 1} are`} missing` });
  } else if (previous > 0 && number <= previous && paragraph.id === paragraph.baseId) {
    found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: numbering goes back` });
  }
  return Math.max(previous, number); // after a swap (4, 3, 5) 5 follows 4: nothing skipped
}

function unknownLabels(annotations: readonly Annotation[], isKnown: (label: string) => boolean, found: Partial[]): void {
  for (const annotation of annotations) {
    for (const segment of annotation.segments) {
      const first = segment.mentions[0];
      if (!first || segment.label === '' || isKnown(segment.label)) continue;
      found.push({
        file: annotation.file, line: first.line, column: first.column, rule: 'unknown-label',
        message: `label \`${segment.label}\` is not in the stance vocabulary (read as ${segment.stance})`,
      });
    }
  }
}
