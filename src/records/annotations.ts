/**
 * From a region's attributions to what the API gives out: an annotation (a whole group, or one
 * unbracketed attribution), its segments and mentions, one record per mention of a known code,
 * and a warning for each code written as an alias.
 */
import type { IToken } from 'chevrotain';
import type { AstNode, GroupNode } from '../../grammar/index.js';
import type { Annotation, Diagnostic, Mention, Segment, StanceRecord } from '../types.js';
import type { CodeInfo } from './codes.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { firstToken, lastToken } from './nodes.js';
import type { Attribution, RegionForm } from './segments.js';
import { labelAndStance, type StanceContext } from './stance.js';

export interface CodeLookup {
  lookup(raw: string): CodeInfo | null;
  suggest(raw: string): string[];
}

export interface AnnotationContext extends StanceContext {
  file: string;
  paragraph: string;
  codes: CodeLookup;
}

/** One region of a paragraph: a group's content, a remark's, or the paragraph's top level (group null). */
export interface Region {
  children: AstNode[];
  form: RegionForm;
  group: GroupNode | null;
}

/**
 * What a paragraph's regions yield: its annotations and diagnostics, and the name of each
 * delegation they mention. The records are made from the annotations (recordsOf) once the
 * paragraph's tokens are no longer needed: a group of 200,000 codes would otherwise hold its
 * tokens, tree, mentions and records at once.
 */
export interface Annotated {
  annotations: Annotation[];
  diagnostics: Diagnostic[];
  /** Each canonical code mentioned -> its delegation's name. */
  names: Map<string, string>;
}

export const nothingAnnotated = (): Annotated => ({ annotations: [], diagnostics: [], names: new Map() });

/** One record per mention, in the annotations' order: a mention is made for a known code alone. */
export function recordsOf({ annotations, names }: Pick<Annotated, 'annotations' | 'names'>): StanceRecord[] {
  const records: StanceRecord[] = [];
  for (const annotation of annotations) {
    for (const { label, stance, mentions } of annotation.segments) {
      for (const mention of mentions) {
        records.push({
          file: annotation.file, paragraph: annotation.paragraph, country: mention.country, name: names.get(mention.country)!, stance, label,
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
  private groupAnnotation: Annotation | null = null;

  constructor(private readonly region: Region, private readonly context: AnnotationContext, private readonly out: Annotated) {}

  add(attributions: readonly Attribution[]): void {
    const { region: { group, form, children }, context, out } = this;
    const excerptBefore = (token: IToken) => context.paragraphTokens.excerptBefore(token);
    if (group && attributions.length > 0) {
      this.groupAnnotation ??= annotationOf(form === 'paren' ? 'paren' : 'bracket', group.open, lastToken(group), excerptBefore(group.open), context);
    }
    for (const attribution of attributions) {
      const start = group ? group.open : firstToken(attribution.start);
      const annotation = this.groupAnnotation ?? annotationOf('unbracketed', start, lastToken(attribution.codes), excerptBefore(start), context);
      const { label, stance } = labelAndStance(attribution, start, group, children, context);
      const mentions: Mention[] = [];
      for (const code of attribution.codes.codes) {
        const info = context.codes.lookup(code.image);
        if (!info) continue; // an unknown code: reported by RegionFaults
        if (info.alias) out.diagnostics.push(aliasWarning(context.file, code, info));
        mentions.push({
          raw: context.paragraphTokens.written(code), line: code.startLine ?? 1, column: code.startColumn ?? 1, offset: code.startOffset,
          struck: context.paragraphTokens.isStruck(code), country: info.canonical,
        });
        out.names.set(info.canonical, info.name);
      }
      // Kept in an array of their length: one grown by push holds room for 16 (a group of 200,000 one-code segments has as many).
      const segment: Segment = { label, stance, mentions: mentions.slice() };
      if (this.groupAnnotation) annotation.segments.push(segment);
      else {
        annotation.segments = [segment];
        out.annotations.push(annotation);
      }
    }
  }

  /** The group's annotation, its segments in an array of their length (one grown by push holds room for 16: the HTML report keeps every annotation). */
  end(): void {
    const annotation = this.groupAnnotation;
    if (!annotation) return;
    annotation.segments = annotation.segments.slice();
    this.out.annotations.push(annotation);
  }
}

function annotationOf(form: Annotation['form'], first: IToken, last: IToken, excerpt: string, context: AnnotationContext): Annotation {
  const tokens = context.paragraphTokens;
  return {
    file: context.file, paragraph: context.paragraph, form, line: first.startLine ?? 1, column: first.startColumn ?? 1,
    source: tokens.slice(first, last), struck: tokens.isStruck(first), excerpt: excerpt || tokens.openingExcerpt(), segments: [],
  };
}

/** Its message closes over the code's image and entry alone: a diagnostic outlives its paragraph's tokens. */
function aliasWarning(file: string, code: IToken, info: CodeInfo): Diagnostic {
  const image = code.image;
  return lazyDiagnostic(placeOf(file, code), 'warning', 'aliased-code',
    () => info.warning ?? `\`${image}\` is an alias: write \`${info.canonical}\` (${info.name})`);
}
