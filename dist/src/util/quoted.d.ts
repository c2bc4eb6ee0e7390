/**
 * A user's value as a message shows it: cut to `max` characters with `…` (data/config-limits.json,
 * `quotedValueLength`), control and invisible characters written as `\u{…}`, so that the message
 * stays one readable line whatever the value holds.
 */
export declare function readable(value: string, max?: number): string;
/** `readable(value)` in double quotes, a quote or backslash inside escaped. */
export declare function quoted(value: string, max?: number): string;
