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
import type { Diagnostic, ParseResult } from '../types.js';
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
  const result = parseDraft(input, { file, codes, vocabulary, invalidLines: options.invalidLines });
  return checkParsed(result, typeof input === 'string' ? input : input.text, { ...options, vocabulary });
}

/**
 * The findings of a draft already parsed (`result`, from `text`), as checkDraft gives them: the
 * CLI's other commands count a draft's faults this way without parsing it twice.
 */
export function checkParsed(result: ParseResult, text: string, options: CheckOptions = {}): Finding[] {
  const vocabulary = options.vocabulary ?? loadVocabulary();
  // Only for the column of a paragraph's label: any line end counts, as a string may not be normalised.
  const lines = text.split(/\r\n|\r|\n/);
  const choices = options.rules ?? {};
  const labelsChosen = choices['unknown-label'] !== undefined && choices['unknown-label'] !== 'off';
  const raw: Omit<Finding, 'severity'>[] = [
    ...result.diagnostics.filter((d): d is Finding => isRuleName(d.rule)),
    ...duplicateCodes(result),
    ...paragraphFindings(result, lines),
    ...(options.strict || labelsChosen ? unknownLabels(result, (label) => vocabulary.isKnownLabel(label)) : []),
  ];
  return raw
    .map((finding) => ({ finding, choice: choices[finding.rule] }))
    .filter(({ choice }) => choice !== 'off')
    .map(({ finding, choice }) => withSeverity(finding, options.strict ? 'error' : (choice as Finding['severity'] | undefined) ?? RULES[finding.rule].severity))
    .sort((a, b) => byPosition(a, b) || a.rule.localeCompare(b.rule));
}

/** The finding with the severity `check` gives its rule; its message still written only when read. */
function withSeverity(finding: Partial, severity: Finding['severity']): Finding {
  return lazyDiagnostic(finding, severity, finding.rule, () => finding.message) as Finding;
}

type Partial = Omit<Finding, 'severity'>;

/** A delegation listed twice in one code list (one segment); twice in one group with two roles is fine. */
function duplicateCodes(result: ParseResult): Partial[] {
  const found: Partial[] = [];
  for (const annotation of result.annotations) {
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
  return found;
}

/** Repeated IDs, and operative numbers that skip or go back (a new draft restarting at 1 is fine). */
function paragraphFindings(result: ParseResult, lines: string[]): Partial[] {
  const found: Partial[] = [];
  let previous = 0;
  for (const paragraph of result.paragraphs) {
    const line = lines[paragraph.startLine - 1] ?? '';
    const column = paragraph.label ? Math.max(1, line.indexOf(paragraph.label) + 1) : 1;
    const at = { file: paragraph.file, line: paragraph.startLine, column };
    if (paragraph.id !== paragraph.baseId) {
      found.push({ ...at, rule: 'repeated-paragraph', message: `paragraph \`${paragraph.baseId}\` occurs again (read as \`${paragraph.id}\`)` });
    }
    if (paragraph.kind !== 'numbered') continue;
    const number = Number(paragraph.baseId.slice(2));
    if (number === 1 && previous > 1) previous = 0; // a second draft starts over
    if (previous > 0 && number > previous + 1) {
      found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: ${number === previous + 2 ? `${previous + 1} is` : `${previous + 1} to ${number - 1} are`} missing` });
    } else if (previous > 0 && number <= previous && paragraph.id === paragraph.baseId) {
      found.push({ ...at, rule: 'paragraph-numbering', message: `paragraph ${number} follows ${previous}: numbering goes back` });
    }
    previous = Math.max(previous, number); // after a swap (4, 3, 5) 5 follows 4: nothing skipped
  }
  return found;
}

function unknownLabels(result: ParseResult, isKnown: (label: string) => boolean): Partial[] {
  const found: Partial[] = [];
  for (const annotation of result.annotations) {
    for (const segment of annotation.segments) {
      const first = segment.mentions[0];
      if (!first || segment.label === '' || isKnown(segment.label)) continue;
      found.push({
        file: annotation.file, line: first.line, column: first.column, rule: 'unknown-label',
        message: `label \`${segment.label}\` is not in the stance vocabulary (read as ${segment.stance})`,
      });
    }
  }
  return found;
}
