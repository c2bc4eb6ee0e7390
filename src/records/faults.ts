/**
 * Transcription faults of one region that the stance rules read past but `check` reports:
 * empty groups, labels with no codes after their colon, and upper-case words in a code
 * position that are not delegation codes (`[GRB]`, `ALT:` before a label).
 */
import type { IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode } from '../../grammar/index.js';
import { tokens as T } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { attributionsOf, type RegionForm, type SegmentRules } from './segments.js';

export interface FaultContext {
  file: string;
  isCode(raw: string): boolean;
  /** Known codes near an unknown one: asked only when its message is read. */
  suggest(raw: string): string[];
}

const isWordless = (node: AstNode) =>
  node.kind === 'text' && [T.Comma, T.Dot, T.Strike].includes(node.token.tokenType);

export function regionFaults(
  segments: AstNode[][], form: RegionForm, group: GroupNode | null, rules: SegmentRules, context: FaultContext,
): Diagnostic[] {
  const faults: Diagnostic[] = [];
  const fault = (token: IToken, rule: 'empty-group' | 'empty-code-list' | 'unknown-code', describe: () => string) =>
    faults.push(lazyDiagnostic(placeOf(context.file, token), 'error', rule, describe));
  if (group && group.close && segments.every((segment) => segment.every(isWordless))) {
    const { open, close } = group;
    fault(open, 'empty-group', () => `\`${open.image}${close.image}\` holds no delegation and no text: name the delegations or remove it`);
  }
  if (form === 'top') return faults;
  for (const segment of segments) {
    const lastColon = segment.findLastIndex((node) => node.kind === 'separator' && node.char === ':');
    const before = segment.slice(0, lastColon);
    if (lastColon >= 0 && segment.slice(lastColon + 1).every(isWordless) && before.some((n) => !isWordless(n))) {
      const colon = segment[lastColon];
      if (colon.kind === 'separator') fault(colon.token, 'empty-code-list', () => 'no delegation codes after this `:`: add them, or remove the label');
    }
    // Read the segment as if every upper-case word were a code: those in a code position that are not,
    // are faults. Most segments hold no unknown word at all, and need no second reading.
    const hasUnknown = segment.some((node) => node.kind === 'codes' && node.codes.some((code) => !context.isCode(code.image)));
    if (!hasUnknown) continue;
    // Its own table of annotation groups: answers found with every word a code must not reach the real reading.
    const permissive: SegmentRules = { ...rules, known: () => true, mentionGroups: new Map() };
    for (const attribution of attributionsOf(segment, form, permissive)) {
      const list: CodeListNode = attribution.codes;
      const hasKnown = list.codes.some((code) => context.isCode(code.image));
      if (!hasKnown && !(form === 'bracket' || attribution.label)) continue;
      for (const code of list.codes) {
        if (context.isCode(code.image)) continue;
        fault(code, 'unknown-code', () => {
          const guesses = context.suggest(code.image);
          const hint = guesses.length > 0 ? `; did you mean ${guesses.slice(0, 3).map((g) => `\`${g}\``).join(' or ')}?` : '';
          return `\`${code.image}\` is not a delegation code${hint}`;
        });
      }
    }
  }
  return faults;
}
