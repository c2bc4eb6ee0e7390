/**
 * One accessor for every instance, so that they all share one shape (an object literal with its
 * own getter costs several times a plain diagnostic's memory, and a file may have tens of thousands).
 */
let MESSAGE;
class LazyDiagnostic {
    file;
    line;
    column;
    severity;
    rule;
    #describe;
    #message = '';
    constructor(place, severity, rule, describe) {
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
            get() {
                if (this.#describe) {
                    this.#message = this.#describe();
                    this.#describe = null;
                }
                return this.#message;
            },
            set(value) {
                this.#message = value;
                this.#describe = null;
            },
            enumerable: true,
            configurable: true,
        };
    }
}
export const lazyDiagnostic = (place, severity, rule, describe) => new LazyDiagnostic(place, severity, rule, describe);
/** The place of a token of `file`. */
export const placeOf = (file, token) => ({ file, line: token.startLine ?? 1, column: token.startColumn ?? 1 });
