/**
 * The records stage: annotations, stance records and diagnostics of one paragraph, from its AST.
 * Every group and every code remark is read as a region of segments (segments.ts); a paragraph's
 * top level too, for unbracketed attributions (`Move OP7 before OP6: SYR`).
 */
import { type AstNode } from '../../grammar/index.js';
import { type Annotated, type AnnotationContext } from './annotations.js';
import type { OpenLabel } from './paragraph-tokens.js';
export type { CodeLookup } from './annotations.js';
export type { StanceVocabulary } from './stance.js';
export type ExtractContext = AnnotationContext;
export interface Extracted extends Annotated {
    /** The label that goes on into the paragraph's next section, for one read in sections (readSegment's `label`), or null. */
    openLabel(): OpenLabel | null;
}
/**
 * `nodes`: the paragraph's top level; in a later section of a paragraph read in sections, after a
 * node that stands for the label carried from the sections before (SectionCarry's `label`).
 */
export declare function extractParagraph(nodes: AstNode[], context: ExtractContext): Extracted;
