import { SHIPPED_PROFILES } from './shipped.js';
/** Enough text to tell one notation from another without reading a large file through. */
const SAMPLE = 200_000;
const counts = (text, pattern, enough) => {
    let count = 0;
    for (const _ of text.matchAll(new RegExp(pattern, 'gmu')))
        if (++count >= enough)
            break;
    return count;
};
/** Whether `profile`'s detection rules fit `text`: any rule matched at least its `minimum` times. */
export function fits(profile, text) {
    const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
    return profile.detect.some((rule) => counts(sample, rule.pattern, rule.minimum) >= rule.minimum);
}
/**
 * The notation `text` is written in, among `profiles` (default: the shipped ones): the first
 * whose detection rules fit it, else the first of them with no rules (the Kyoto notation).
 *
 * @example
 * ```ts
 * detectNotation('[NZ/CL propose; US/JP oppose: The objectives…]\n…').name; // 'tpp' (given enough such lines)
 * ```
 */
export function detectNotation(text, profiles = SHIPPED_PROFILES.values()) {
    const all = [...profiles];
    return all.find((profile) => profile.detect.length > 0 && fits(profile, text)) ?? all.find((profile) => profile.detect.length === 0) ?? all[0];
}
