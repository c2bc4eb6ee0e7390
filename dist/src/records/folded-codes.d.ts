/**
 * Codes written in lower or mixed case (`[fra, Bel; delete: Rus]`) or wholly in letters of
 * another script that look like Latin ones (`[РАК]`, Cyrillic): read as the code where the
 * annotation shows a code is meant, reported either way (NOTATION.md, "Characters that are not
 * what they look like").
 *
 * A **candidate** is a word of 2 or 3 letters, inside a group, alone between the marks of a code
 * list (after `[` `(` `,` `;` `:` `/`, before `]` `)` `,` `;` `/`), that is a known code once
 * upper-cased (and its look-alikes read as Latin). A word before `:` is a label, never a candidate.
 *
 * - It is read as the code when it is in mixed case in a square bracket (`[Bel]`: no word of
 *   prose is written so), or when its code list (items joined by `,` or `/`) holds a code in
 *   upper case or such a mixed-case one (`[fra, Bel]`, `[FRA, bel]`).
 * - Otherwise, in lower case (`and`, `can`, `per` are words too) or in another script, it is
 *   ambiguous: an `ambiguous-code` error when its group holds a known code or another candidate
 *   (`[FRA; delete: rus]`, `[can, per]`), or when it is in capitals of another script (`[РАК]`);
 *   prose (nothing) when a lower-case word stands alone (`[and]`).
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic } from '../types.js';
import type { CodeLookup } from './annotations.js';
/**
 * One paragraph's tokens with the candidates that are read replaced by Code tokens (image the
 * code, place and end as written), and the findings.
 */
export declare function readFoldedCodes(file: string, source: string, tokens: IToken[], codes: CodeLookup): {
    tokens: IToken[];
    diagnostics: Diagnostic[];
};
