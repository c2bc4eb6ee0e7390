/**
 * Diagnostics whose message is written only when it is read. Most runs print only how many
 * diagnostics a file has, and a message can be costly (an unknown code's "did you mean" compares
 * it with every known code). The message is an own, enumerable property, so that
 * `JSON.stringify`, spreading and every formatter see it as they would a plain string.
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic, Severity } from '../types.js';

/** Where a diagnostic points: a file and a 1-based line and column (in characters). */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export function lazyDiagnostic(place: Place, severity: Severity, rule: string, describe: () => string): Diagnostic {
  let message: string | undefined;
  // Field order is the JSON output's order.
  return {
    file: place.file, line: place.line, column: place.column, severity, rule,
    get message(): string {
      return (message ??= describe());
    },
    set message(value: string) {
      message = value;
    },
  };
}

/** The place of a token of `file`. */
export const placeOf = (file: string, token: IToken): Place =>
  ({ file, line: token.startLine ?? 1, column: token.startColumn ?? 1 });
