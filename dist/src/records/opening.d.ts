import { type AstNode } from '../../grammar/index.js';
import type { NotationProfile } from '../profiles/profile.js';
import { type Annotated, type AnnotationContext } from './annotations.js';
export interface OpeningContext extends AnnotationContext {
    profile: NotationProfile;
    /** The paragraph is a footnote: prose after codes is a position even when no phrase starts it. */
    inFootnote: boolean;
}
export declare function extractOpening(nodes: AstNode[], context: OpeningContext): Annotated;
