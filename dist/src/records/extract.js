/**
 * The records stage: annotations, stance records and diagnostics of one paragraph, from its AST.
 * Every group and every code remark is read as a region of segments (segments.ts); a paragraph's
 * top level too, for unbracketed attributions (`Move OP7 before OP6: SYR`).
 */
import { tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';
import { nothingAnnotated, RegionAnnotator } from './annotations.js';
import { bracketFaults } from './bracket-faults.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { RegionFaults } from './faults.js';
import { firstToken } from './nodes.js';
import { eachSegment, hasWords, readSegment } from './segments.js';
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
/**
 * `nodes`: the paragraph's top level; in a later section of a paragraph read in sections, after a
 * node that stands for the label carried from the sections before (SectionCarry's `label`).
 */
export function extractParagraph(nodes, context) {
    const out = nothingAnnotated();
    const known = (node) => node.codes.some((code) => context.codes.lookup(code.image) !== null);
    // One table per paragraph: whether a group yields a mention is asked again at every level above it.
    const mentionGroups = new Map();
    const isStanceWord = (word) => context.stanceWords.has(word);
    const closed = { known, unclosed: false, isStanceWord, mentionGroups };
    const unclosed = { ...closed, unclosed: true };
    const faultContext = { file: context.file, codes: context.codes };
    /** The label being read where the top level's last segment ends. */
    let openLabel = [];
    for (const region of regionsOf(nodes, 'top', null)) {
        appendAll(out.diagnostics, bracketFaults(context.file, region.children));
        const rules = region.group !== null && region.group.close === null ? unclosed : closed;
        // A segment at a time: a group of 200,000 segments never has them, and their attributions, cut out at once.
        const annotator = new RegionAnnotator(region, context, out);
        const faults = new RegionFaults(region.form, region.group, rules, faultContext);
        let previous = null;
        for (const segment of eachSegment(region.children, known)) {
            const { found, label } = readSegment(segment, region.form, rules);
            if (region.form === 'top')
                openLabel = label;
            // In a parenthesis, bare codes right after a code-less instruction hold it.
            annotator.add(region.form === 'paren' && previous ? instructionBefore(found, previous, rules, context) : found);
            faults.add(segment);
            previous = segment;
        }
        annotator.end();
        appendAll(out.diagnostics, faults.end());
    }
    const strike = unclosedStrike(context);
    if (strike)
        out.diagnostics.push(strike);
    return {
        ...out,
        openLabel: () => (openLabel.length > 0 ? { start: firstToken(openLabel[0]), words: hasWords(openLabel) } : null),
    };
}
