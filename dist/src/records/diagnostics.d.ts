/**
 * Diagnostics whose message is written only when it is read. Most runs print only how many
 * diagnostics a file has, and a message can be costly (an unknown code's "did you mean" compares
 * it with every known code). The message is an own, enumerable property, so that
 * `JSON.stringify`, spreading, structured cloning and every formatter see it as they would a plain
 * string. A describing function must close over strings and tables, not tokens: a file's
 * diagnostics are kept until its end, its paragraphs' tokens are not.
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic, Severity } from '../types.js';
/** Where a diagnostic points: a file and a 1-based line and column (in characters). */
export interface Place {
    file: string;
    line: number;
    column: number;
}
export declare const lazyDiagnostic: (place: Place, severity: Severity, rule: string, describe: () => string) => Diagnostic;
/** The place of a token of `file`. */
export declare const placeOf: (file: string, token: IToken) => Place;
