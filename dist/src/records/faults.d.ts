import type { AstNode, GroupNode } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import type { CodeLookup } from './annotations.js';
import { type RegionForm, type SegmentRules } from './segments.js';
/** The file and its code table, and nothing of the paragraph: diagnostics' messages are written later, and keep what they close over. */
export interface FaultContext {
    file: string;
    codes: CodeLookup;
}
/**
 * A region's faults, its segments given one at a time: the empty group (known once every segment
 * is read) first, then each segment's in order.
 */
export declare class RegionFaults {
    private readonly form;
    private readonly group;
    private readonly rules;
    private readonly context;
    private readonly faults;
    private wordless;
    constructor(form: RegionForm, group: GroupNode | null, rules: SegmentRules, context: FaultContext);
    add(segment: AstNode[]): void;
    end(): Diagnostic[];
}
