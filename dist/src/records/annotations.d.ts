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
export interface Annotated {
    annotations: Annotation[];
    records: StanceRecord[];
    diagnostics: Diagnostic[];
}
/** Adds to `out` what a region's attributions yield. A group is one annotation; at the top level each attribution is one. */
export declare function annotate(attributions: Attribution[], region: Region, context: AnnotationContext, out: Annotated): void;
