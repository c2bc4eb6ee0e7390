/**
 * `check`: every finding of one draft, from the parser's diagnostics and from the
 * parsed paragraphs and annotations, with the severity of the rule table (all errors
 * under `--strict`, which also reports labels outside the vocabulary).
 */
import { type ParseOptions } from '../api.js';
import type { DecodedDraft } from '../decode/decode-draft.js';
import type { Diagnostic } from '../types.js';
import { type RuleName } from './rules.js';
export type Finding = Diagnostic & {
    rule: RuleName;
};
export interface CheckOptions extends ParseOptions {
    strict?: boolean;
}
export declare function checkDraft(input: string | DecodedDraft, options?: CheckOptions): Finding[];
