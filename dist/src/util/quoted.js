import { SHIPPED_LIMITS } from '../data/shipped.js';
/** Characters that would break a one-line message or hide in it: controls, invisible formatting (bidi marks), line and paragraph separators. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** The value's characters as shown (escaped where asked), cut to `max` with `…`; looks no further than it shows. */
function shown(value, max, escape) {
    const pieces = [];
    let count = 0;
    for (const char of value) {
        const piece = UNSEEN.test(char) ? `\\u{${char.codePointAt(0).toString(16).toUpperCase()}}` : escape?.test(char) ? `\\${char}` : char;
        count += piece.length;
        pieces.push(piece);
        if (count > max) {
            let kept = '';
            for (const part of pieces) {
                if (kept.length + part.length > max - 1)
                    break;
                kept += part;
            }
            return `${kept}…`;
        }
    }
    return pieces.join('');
}
/**
 * A user's value as a message shows it: cut to `max` characters with `…` (data/config-limits.json,
 * `quotedValueLength`), control and invisible characters written as `\u{…}`, so that the message
 * stays one readable line whatever the value holds.
 */
export function readable(value, max = SHIPPED_LIMITS.quotedValueLength) {
    return shown(value, max, undefined);
}
/** `readable(value)` in double quotes, a quote or backslash inside escaped. */
export function quoted(value, max = SHIPPED_LIMITS.quotedValueLength) {
    return `"${shown(value, max, /["\\]/)}"`;
}
