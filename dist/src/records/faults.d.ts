import type { AstNode, GroupNode } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import type { CodeLookup } from './annotations.js';
import { type RegionForm, type SegmentRules } from './segments.js';
/** The file and its code table, and nothing of the paragraph: diagnostics' messages are written later, and keep what they close over. */
export interface FaultContext {
    file: string;
    codes: CodeLookup;
}
export declare function regionFaults(segments: AstNode[][], form: RegionForm, group: GroupNode | null, rules: SegmentRules, context: FaultContext): Diagnostic[];
