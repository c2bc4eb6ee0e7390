import { tokens as T } from '../../grammar/index.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { attributionsOf } from './segments.js';
/** An unknown code's message, with the known codes near it (costly: written only when read). */
const unknownCode = (codes, image) => () => {
    const guesses = codes.suggest(image);
    const hint = guesses.length > 0 ? `; did you mean ${guesses.slice(0, 3).map((g) => `\`${g}\``).join(' or ')}?` : '';
    return `\`${image}\` is not a delegation code${hint}`;
};
const isWordless = (node) => node.kind === 'text' && [T.Comma, T.Dot, T.Strike].includes(node.token.tokenType);
/**
 * A region's faults, its segments given one at a time: the empty group (known once every segment
 * is read) first, then each segment's in order.
 */
export class RegionFaults {
    form;
    group;
    rules;
    context;
    faults = [];
    wordless = true;
    constructor(form, group, rules, context) {
        this.form = form;
        this.group = group;
        this.rules = rules;
        this.context = context;
    }
    add(segment) {
        this.wordless &&= segment.every(isWordless);
        if (this.form !== 'top')
            segmentFaults(segment, this.form, this.rules, this.context, this.faults);
    }
    end() {
        const { group } = this;
        if (!(group && group.close && this.wordless))
            return this.faults;
        const message = `\`${group.open.image}${group.close.image}\` holds no delegation and no text: name the delegations or remove it`;
        return [lazyDiagnostic(placeOf(this.context.file, group.open), 'error', 'empty-group', () => message), ...this.faults];
    }
}
/** A segment's labels with no codes after their colon, and its upper-case words in a code position that are not codes. */
function segmentFaults(segment, form, rules, context, faults) {
    const { file, codes } = context;
    const isCode = (raw) => codes.lookup(raw) !== null;
    const fault = (token, rule, describe) => faults.push(lazyDiagnostic(placeOf(file, token), 'error', rule, describe));
    const lastColon = segment.findLastIndex((node) => node.kind === 'separator' && node.char === ':');
    const before = segment.slice(0, lastColon);
    if (lastColon >= 0 && segment.slice(lastColon + 1).every(isWordless) && before.some((n) => !isWordless(n))) {
        const colon = segment[lastColon];
        if (colon.kind === 'separator')
            fault(colon.token, 'empty-code-list', () => 'no delegation codes after this `:`: add them, or remove the label');
    }
    // Read the segment as if every upper-case word were a code: those in a code position that are not,
    // are faults. Most segments hold no unknown word at all, and need no second reading.
    const hasUnknown = segment.some((node) => node.kind === 'codes' && node.codes.some((code) => !isCode(code.image)));
    if (!hasUnknown)
        return;
    // Its own table of annotation groups: answers found with every word a code must not reach the real reading.
    const permissive = { ...rules, known: () => true, mentionGroups: new Map() };
    for (const attribution of attributionsOf(segment, form, permissive)) {
        const list = attribution.codes;
        const hasKnown = list.codes.some((code) => isCode(code.image));
        if (!hasKnown && !(form === 'bracket' || attribution.label))
            continue;
        for (const code of list.codes) {
            if (isCode(code.image))
                continue;
            fault(code, 'unknown-code', unknownCode(codes, code.image));
        }
    }
}
