/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { type ParseOptions } from '../api.js';
import type { DecodedDraft } from '../decode/decode-draft.js';
import type { Diagnostic, ParseResult } from '../types.js';
import { type RuleName } from './rules.js';
export type Finding = Diagnostic & {
    rule: RuleName;
};
/** A rule's choice: off, or the severity it is reported with. */
export type RuleChoice = 'off' | Finding['severity'];
/** Rule choices by name; a rule not named keeps its default (a `strictOnly` rule stays off unless `strict`). */
export type RuleChoices = {
    [Name in RuleName]?: RuleChoice;
};
export interface CheckOptions extends ParseOptions {
    /** Every finding is an error, and the `strictOnly` rules are on. A rule chosen `off` stays off. */
    strict?: boolean;
    /** Rules turned off, or reported with another severity (`{ 'aliased-code': 'off' }`). */
    rules?: RuleChoices;
}
export declare function checkDraft(input: string | DecodedDraft, options?: CheckOptions): Finding[];
/**
 * The findings of a draft already parsed (`result`, from `text`), as checkDraft gives them: the
 * CLI's other commands count a draft's faults this way without parsing it twice.
 */
export declare function checkParsed(result: ParseResult, text: string, options?: CheckOptions): Finding[];
