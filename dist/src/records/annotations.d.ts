import type { AstNode, GroupNode } from '../../grammar/index.js';
import type { Annotation, Diagnostic, StanceRecord } from '../types.js';
import type { CodeInfo } from './codes.js';
import type { Attribution, RegionForm } from './segments.js';
import { type StanceContext } from './stance.js';
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
export declare const nothingAnnotated: () => Annotated;
/** One record per mention, in the annotations' order: a mention is made for a known code alone. */
export declare function recordsOf({ annotations, names }: Pick<Annotated, 'annotations' | 'names'>): StanceRecord[];
/**
 * Adds to `out` what a region's attributions yield, given a segment's at a time: a group is one
 * annotation (given out by `end`, if any attribution was added); at the top level each attribution is one.
 */
export declare class RegionAnnotator {
    private readonly region;
    private readonly context;
    private readonly out;
    private groupAnnotation;
    constructor(region: Region, context: AnnotationContext, out: Annotated);
    add(attributions: readonly Attribution[]): void;
    /** The group's annotation, its segments in an array of their length (one grown by push holds room for 16: the HTML report keeps every annotation). */
    end(): void;
}
