/**
 * The records stage: annotations, stance records and diagnostics of one paragraph, from its AST.
 * Every group and every code remark is read as a region of segments (segments.ts); a paragraph's
 * top level too, for unbracketed attributions (`Move OP7 before OP6: SYR`).
 */
import { tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';
import { annotate, nothingAnnotated } from './annotations.js';
import { bracketFaults } from './bracket-faults.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { regionFaults } from './faults.js';
import { attributionsOf, segmentsOf } from './segments.js';
import { instructionBefore } from './stance.js';
/**
 * Every region of a paragraph, innermost first (so records are made in that order): each group's
 * content, each remark's, then the level that holds them.
 */
function regionsOf(children, form, group, regions = []) {
    for (const node of children) {
        if (node.kind === 'group')
            regionsOf(node.children, node.open.image === '[' ? 'bracket' : 'paren', node, regions);
        else if (node.kind === 'codes')
            for (const remark of node.remarks)
                regionsOf(remark.children, 'paren', remark, regions);
    }
    regions.push({ children, form, group });
    return regions;
}
/** The region's attributions, segment by segment, with an instruction before bare codes in a parenthesis. */
function attributionsOfRegion(segments, form, rules, context) {
    const attributions = [];
    for (let i = 0; i < segments.length; i++) {
        const found = attributionsOf(segments[i], form, rules);
        appendAll(attributions, form === 'paren' && i > 0 ? instructionBefore(found, segments[i - 1], rules, context) : found);
    }
    return attributions;
}
/** A paragraph that ends inside struck text: reported at its last strike mark. */
function unclosedStrike(context) {
    const { paragraphTokens } = context;
    if (!paragraphTokens.endsStruck)
        return null;
    const lastStrike = paragraphTokens.tokens.findLast((t) => t.tokenType === T.Strike);
    return lastStrike
        ? lazyDiagnostic(placeOf(context.file, lastStrike), 'error', 'unclosed-strike', () => 'struck text `~~` is not closed before the paragraph ends: add `~~` where it should end')
        : null;
}
export function extractParagraph(nodes, context) {
    const out = nothingAnnotated();
    const known = (node) => node.codes.some((code) => context.codes.lookup(code.image) !== null);
    // One table per paragraph: whether a group yields a mention is asked again at every level above it.
    const mentionGroups = new Map();
    const isStanceWord = (word) => context.stanceWords.has(word);
    const closed = { known, unclosed: false, isStanceWord, mentionGroups };
    const unclosed = { ...closed, unclosed: true };
    const faultContext = { file: context.file, codes: context.codes };
    for (const region of regionsOf(nodes, 'top', null)) {
        appendAll(out.diagnostics, bracketFaults(context.file, region.children));
        const rules = region.group !== null && region.group.close === null ? unclosed : closed;
        const segments = segmentsOf(region.children, known);
        const attributions = attributionsOfRegion(segments, region.form, rules, context);
        if (attributions.length > 0)
            annotate(attributions, region, context, out);
        appendAll(out.diagnostics, regionFaults(segments, region.form, region.group, rules, faultContext));
    }
    const strike = unclosedStrike(context);
    if (strike)
        out.diagnostics.push(strike);
    return out;
}
