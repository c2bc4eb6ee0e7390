/** Brackets that do not pair up in one region: unclosed groups, mismatched closers, stray closers. */
import type { AstNode } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
/** The closer of each opening bracket. */
export declare const CLOSER_OF: Readonly<Record<string, string>>;
/**
 * The faults of a region's own groups and closers (a nested group's content is a region of its
 * own). A remark's parenthesis (`CHN(flexible`) is not among them: it belongs to its code list.
 * Messages close over images, not tokens: a diagnostic outlives its paragraph.
 */
export declare function bracketFaults(file: string, children: readonly AstNode[]): Diagnostic[];
