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

/**
 * One accessor for every instance, so that they all share one shape (an object literal with its
 * own getter costs several times a plain diagnostic's memory, and a file may have tens of thousands).
 */
let MESSAGE: PropertyDescriptor;

class LazyDiagnostic implements Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  declare message: string;
  #describe: (() => string) | null;
  #message = '';

  constructor(place: Place, severity: Severity, rule: string, describe: () => string) {
    // Field order is the JSON output's order.
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.severity = severity;
    this.rule = rule;
    this.#describe = describe;
    Object.defineProperty(this, 'message', MESSAGE);
  }

  static {
    MESSAGE = {
      get(this: LazyDiagnostic): string {
        if (this.#describe) {
          this.#message = this.#describe();
          this.#describe = null;
        }
        return this.#message;
      },
      set(this: LazyDiagnostic, value: string) {
        this.#message = value;
        this.#describe = null;
      },
      enumerable: true,
      configurable: true,
    };
  }
}

export const lazyDiagnostic = (place: Place, severity: Severity, rule: string, describe: () => string): Diagnostic =>
  new LazyDiagnostic(place, severity, rule, describe);

/** The place of a token of `file`. */
export const placeOf = (file: string, token: IToken): Place =>
  ({ file, line: token.startLine ?? 1, column: token.startColumn ?? 1 });
