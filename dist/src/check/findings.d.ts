/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { type DraftReading, type ParseOptions, type SectionResult } from '../api.js';
import type { DecodedDraft } from '../decode/decode-draft.js';
import type { Annotation, Diagnostic, Paragraph, ParseResult } from '../types.js';
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
 * checkDraft's findings given out in order as the draft is read, a batch at a time (their
 * concatenation is checkDraft's list), so a caller that writes them as they come never holds a
 * file's every finding. A finding waits only while a later part of the draft could still bring
 * one before it: a paragraph's own findings come at its first line once it is complete, so while
 * it is open nothing from its first line on is given out, and once it is, nothing from its last.
 * Where the paragraphs do not come in the text's order (a profile's page-foot footnotes), the
 * findings come in one batch at the end. `sectionTokens`: as readSections' (the tests cut at every place allowed).
 */
export declare function checkDraftInOrder(input: string | DecodedDraft, options?: CheckOptions, sectionTokens?: number): Generator<Finding[]>;
/**
 * A file's findings as `check` gives them, gathered part by part as the file is read and given
 * out in order as soon as nothing still to come can go before them (checkDraftInOrder).
 */
export declare class FindingsInOrder {
    private readonly waiting;
    private readonly collector;
    /** Paragraphs out of the text's order (a profile's page-foot footnotes): the findings all come at the end. */
    private readonly inTextOrder;
    /** `reading`: the file's, before any part is read; its diagnostics so far are the file's own (bytes replaced). */
    constructor(text: string, options: CheckOptions, reading: Pick<DraftReading, 'diagnostics' | 'inTextOrder'>);
    /** One part read: the findings that come before any still to come, sorted (often none). */
    add(part: SectionResult): Finding[];
    /** The file read: the findings still waiting, sorted. */
    end(): Finding[];
    private wait;
}
/**
 * The findings of a draft already parsed (`result`, from `text`), as checkDraft gives them: the
 * CLI's other commands count a draft's faults this way without parsing it twice.
 */
export declare function checkParsed(result: ParseResult, text: string, options?: CheckOptions): Finding[];
/**
 * `check`'s findings of one draft gathered as it is read, paragraph by paragraph (readDraft):
 * each paragraph and its annotations are looked at when they come, so a caller that writes as it
 * reads keeps none of them. Paragraphs must come in text order; annotations in any order.
 */
export declare class FindingsCollector {
    private readonly options;
    private readonly lines;
    private readonly choices;
    private readonly isKnownLabel;
    /** The collector's own findings, in the order the rules found them, unless passed on (`passOn`). */
    private readonly kept;
    private readonly found;
    private previousNumber;
    /**
     * `passOn`: the collector's own findings go there as they are found, their severity set, and
     * are not kept (end() gives the parser's alone): for a caller that only counts them.
     */
    constructor(text: string, options?: CheckOptions, passOn?: (finding: Finding) => void);
    addParagraph(paragraph: Paragraph): void;
    addAnnotations(annotations: readonly Annotation[]): void;
    /** The findings, with the file's diagnostics (the parser's, known once the file is read). */
    end(diagnostics: readonly Diagnostic[]): Finding[];
    /** A parser diagnostic as `check` reports it: a copy with its rule's severity (the other outputs keep the parser's); null when the rule is off. */
    withCheckSeverityOf(diagnostic: Diagnostic): Finding | null;
    private severityOf;
    /** Gives one of the collector's own findings the severity `check` gives its rule; false when the rule is off. */
    private withCheckSeverity;
}
/**
 * The lines of a text, any line end counting (a string may not be normalised), read forwards
 * as paragraphs come in text order: no array of every line.
 */
export declare class Lines {
    private readonly text;
    private static readonly BREAK;
    private number;
    private offset;
    constructor(text: string);
    /** Line `n` (1-based), '' past the end. */
    at(n: number): string;
}
