/** The rules `check` reports (NOTATION.md, "What `check` reports"), with their default severity. */
import type { Severity } from '../types.js';
export interface RuleInfo {
    severity: Severity;
    description: string;
    /** Reported only under `--strict`. */
    strictOnly?: boolean;
}
export declare const RULES: {
    readonly 'invalid-encoding': {
        readonly severity: "warning";
        readonly description: "Bytes that are not valid UTF-8 were replaced by U+FFFD.";
    };
    readonly 'unclosed-group': {
        readonly severity: "error";
        readonly description: "A `[` or `(` is never closed before the paragraph ends.";
    };
    readonly 'mismatched-bracket': {
        readonly severity: "error";
        readonly description: "A `[` is closed by `)` or a `(` by `]`.";
    };
    readonly 'stray-closer': {
        readonly severity: "error";
        readonly description: "A `]` or `)` closes nothing.";
    };
    readonly 'unclosed-strike': {
        readonly severity: "error";
        readonly description: "Struck text (`~~`) is not closed before the paragraph ends.";
    };
    readonly 'unknown-code': {
        readonly severity: "error";
        readonly description: "An upper-case word in a code position is not a delegation code.";
    };
    readonly 'nesting-too-deep': {
        readonly severity: "error";
        readonly description: "Brackets nested more than 64 deep; the deeper ones are read as text.";
    };
    readonly 'empty-group': {
        readonly severity: "error";
        readonly description: "A group holds nothing: `[]`, `( )`.";
    };
    readonly 'empty-code-list': {
        readonly severity: "error";
        readonly description: "A label is followed by `:` and no delegation codes.";
    };
    readonly 'aliased-code': {
        readonly severity: "warning";
        readonly description: "A delegation is written with an alias (`UK` for `GBR`) or a known typo (`QTA`).";
    };
    readonly 'duplicate-code': {
        readonly severity: "warning";
        readonly description: "A delegation is listed twice in one code list.";
    };
    readonly 'repeated-paragraph': {
        readonly severity: "warning";
        readonly description: "A paragraph ID occurs again in the same file.";
    };
    readonly 'paragraph-numbering': {
        readonly severity: "warning";
        readonly description: "Paragraph numbers skip one or go back.";
    };
    readonly 'unknown-label': {
        readonly severity: "warning";
        readonly description: "A label matches no row of the stance vocabulary.";
        readonly strictOnly: true;
    };
};
export type RuleName = keyof typeof RULES;
export declare const isRuleName: (name: string) => name is RuleName;
