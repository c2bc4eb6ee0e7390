/** Brackets that do not pair up in one region: unclosed groups, mismatched closers, stray closers. */
import type { AstNode } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';

/** The closer of each opening bracket. */
export const CLOSER_OF: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

/**
 * The faults of a region's own groups and closers (a nested group's content is a region of its
 * own). A remark's parenthesis (`CHN(flexible`) is not among them: it belongs to its code list.
 * Messages close over images, not tokens: a diagnostic outlives its paragraph.
 */
export function bracketFaults(file: string, children: readonly AstNode[]): Diagnostic[] {
  const faults: Diagnostic[] = [];
  for (const node of children) {
    if (node.kind === 'group') {
      const { open, close } = node;
      const opener = open.image;
      const closer = CLOSER_OF[opener];
      if (!close) {
        faults.push(lazyDiagnostic(placeOf(file, open), 'error', 'unclosed-group',
          () => `\`${opener}\` is never closed in this paragraph: add \`${closer}\` where the annotation ends`));
      } else if (close.image !== closer) {
        const wrong = close.image;
        faults.push(lazyDiagnostic(placeOf(file, close), 'error', 'mismatched-bracket',
          () => `\`${opener}\` is closed by \`${wrong}\`: write \`${closer}\``));
      }
    } else if (node.kind === 'stray') {
      const stray = node.token.image;
      faults.push(lazyDiagnostic(placeOf(file, node.token), 'error', 'stray-closer',
        () => `\`${stray}\` closes nothing: remove it or add the missing \`${stray === ']' ? '[' : '('}\``));
    }
  }
  return faults;
}
