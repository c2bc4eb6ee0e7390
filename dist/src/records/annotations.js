import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { firstToken, lastToken } from './nodes.js';
import { labelAndStance } from './stance.js';
export const nothingAnnotated = () => ({ annotations: [], diagnostics: [], names: new Map() });
/** One record per mention, in the annotations' order: a mention is made for a known code alone. */
export function recordsOf({ annotations, names }) {
    const records = [];
    for (const annotation of annotations) {
        for (const { label, stance, mentions } of annotation.segments) {
            for (const mention of mentions) {
                records.push({
                    file: annotation.file, paragraph: annotation.paragraph, country: mention.country, name: names.get(mention.country), stance, label,
                    raw: mention.raw, line: mention.line, column: mention.column, struck: mention.struck, excerpt: annotation.excerpt,
                });
            }
        }
    }
    return records;
}
/**
 * Adds to `out` what a region's attributions yield, given a segment's at a time: a group is one
 * annotation (given out by `end`, if any attribution was added); at the top level each attribution is one.
 */
export class RegionAnnotator {
    region;
    context;
    out;
    groupAnnotation = null;
    constructor(region, context, out) {
        this.region = region;
        this.context = context;
        this.out = out;
    }
    add(attributions) {
        const { region: { group, form, children }, context, out } = this;
        const excerptBefore = (token) => context.paragraphTokens.excerptBefore(token);
        if (group && attributions.length > 0) {
            this.groupAnnotation ??= annotationOf(form === 'paren' ? 'paren' : 'bracket', group.open, lastToken(group), excerptBefore(group.open), context);
        }
        for (const attribution of attributions) {
            const start = group ? group.open : firstToken(attribution.start);
            const annotation = this.groupAnnotation ?? annotationOf('unbracketed', start, lastToken(attribution.codes), excerptBefore(start), context);
            const { label, stance } = labelAndStance(attribution, start, group, children, context);
            const mentions = [];
            for (const code of attribution.codes.codes) {
                const info = context.codes.lookup(code.image);
                if (!info)
                    continue; // an unknown code: reported by RegionFaults
                if (info.alias)
                    out.diagnostics.push(aliasWarning(context.file, code, info));
                mentions.push({
                    raw: context.paragraphTokens.written(code), line: code.startLine ?? 1, column: code.startColumn ?? 1, offset: code.startOffset,
                    struck: context.paragraphTokens.isStruck(code), country: info.canonical,
                });
                out.names.set(info.canonical, info.name);
            }
            // Kept in an array of their length: one grown by push holds room for 16 (a group of 200,000 one-code segments has as many).
            const segment = { label, stance, mentions: mentions.slice() };
            if (this.groupAnnotation)
                annotation.segments.push(segment);
            else {
                annotation.segments = [segment];
                out.annotations.push(annotation);
            }
        }
    }
    /** The group's annotation, its segments in an array of their length (one grown by push holds room for 16: the HTML report keeps every annotation). */
    end() {
        const annotation = this.groupAnnotation;
        if (!annotation)
            return;
        annotation.segments = annotation.segments.slice();
        this.out.annotations.push(annotation);
    }
}
function annotationOf(form, first, last, excerpt, context) {
    const tokens = context.paragraphTokens;
    return {
        file: context.file, paragraph: context.paragraph, form, line: first.startLine ?? 1, column: first.startColumn ?? 1,
        source: tokens.slice(first, last), struck: tokens.isStruck(first), excerpt: excerpt || tokens.openingExcerpt(), segments: [],
    };
}
/** Its message closes over the code's image and entry alone: a diagnostic outlives its paragraph's tokens. */
function aliasWarning(file, code, info) {
    const image = code.image;
    return lazyDiagnostic(placeOf(file, code), 'warning', 'aliased-code', () => info.warning ?? `\`${image}\` is an alias: write \`${info.canonical}\` (${info.name})`);
}
