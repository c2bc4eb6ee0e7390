/**
 * What the fold (src/decode/fold.ts) changed where it matters to the annotations, reported: a
 * changed character inside a group, or in or right before a code, a bracket, a separator or a
 * paragraph label. Elsewhere (prose) the change is made, but not reported.
 */
import type { IToken } from 'chevrotain';
import { type FoldedText } from '../decode/fold.js';
import type { Diagnostic } from '../types.js';
/**
 * The findings of changes [start, end) of `folded`, among one paragraph's tokens (in text order,
 * placed in the text as written). A change counts when it lies inside a group, or inside or right
 * before a token of the notation; only those are looked at in full.
 */
export declare function characterFindings(file: string, tokens: IToken[], folded: FoldedText, [start, end]: [number, number]): Diagnostic[];
