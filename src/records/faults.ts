/**
 * Transcription faults of one region that the stance rules read past but `check` reports:
 * empty groups, labels with no codes after their colon, and upper-case words in a code
 * position that are not delegation codes (`[GRB]`, `ALT:` before a label).
 */
import type { IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode } from '../../grammar/index.js';
import { tokens as T } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import type { CodeLookup } from './annotations.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { attributionsOf, type RegionForm, type SegmentRules } from './segments.js';

/** The file and its code table, and nothing of the paragraph: diagnostics' messages are written later, and keep what they close over. */
export interface FaultContext {
  file: string;
  codes: CodeLookup;
}

/** An unknown code's message, with the known codes near it (costly: written only when read). */
const unknownCode = (codes: CodeLookup, image: string) => (): string => {
  const guesses = codes.suggest(image);
  const hint = guesses.length > 0 ? `; did you mean ${guesses.slice(0, 3).map((g) => `\`${g}\``).join(' or ')}?` : '';
  return `\`${image}\` is not a delegation code${hint}`;
};

const isWordless = (node: AstNode) =>
  node.kind === 'text' && [T.Comma, T.Dot, T.Strike].includes(node.token.tokenType);

/**
 * A region's faults, its segments given one at a time: the empty group (known once every segment
 * is read) first, then each segment's in order.
 */
export class RegionFaults {
  private readonly faults: Diagnostic[] = [];
  private wordless = true;

  constructor(
    private readonly form: RegionForm, private readonly group: GroupNode | null,
    private readonly rules: SegmentRules, private readonly context: FaultContext,
  ) {}

  add(segment: AstNode[]): void {
    this.wordless &&= segment.every(isWordless);
    if (this.form !== 'top') segmentFaults(segment, this.form, this.rules, this.context, this.faults);
  }

  end(): Diagnostic[] {
    const { group } = this;
    if (!(group && group.close && this.wordless)) return this.faults;
    const message = `\`${group.open.image}${group.close.image}\` holds no delegation and no text: name the delegations or remove it`;
    return [lazyDiagnostic(placeOf(this.context.file, group.open), 'error', 'empty-group', () => message), ...this.faults];
  }
}

/** A segment's labels with no codes after their colon, and its upper-case words in a code position that are not codes. */
function segmentFaults(segment: AstNode[], form: RegionForm, rules: SegmentRules, context: FaultContext, faults: Diagnostic[]): void {
  const { file, codes } = context;
  const isCode = (raw: string) => codes.lookup(raw) !== null;
  const fault = (token: IToken, rule: 'empty-code-list' | 'unknown-code', describe: () => string) =>
    faults.push(lazyDiagnostic(placeOf(file, token), 'error', rule, describe));
  const lastColon = segment.findLastIndex((node) => node.kind === 'separator' && node.char === ':');
  const before = segment.slice(0, lastColon);
  if (lastColon >= 0 && segment.slice(lastColon + 1).every(isWordless) && before.some((n) => !isWordless(n))) {
    const colon = segment[lastColon];
    if (colon.kind === 'separator') fault(colon.token, 'empty-code-list', () => 'no delegation codes after this `:`: add them, or remove the label');
  }
  // Read the segment as if every upper-case word were a code: those in a code position that are not,
  // are faults. Most segments hold no unknown word at all, and need no second reading.
  const hasUnknown = segment.some((node) => node.kind === 'codes' && node.codes.some((code) => !isCode(code.image)));
  if (!hasUnknown) return;
  // Its own table of annotation groups: answers found with every word a code must not reach the real reading.
  const permissive: SegmentRules = { ...rules, known: () => true, mentionGroups: new Map() };
  for (const attribution of attributionsOf(segment, form, permissive)) {
    const list: CodeListNode = attribution.codes;
    const hasKnown = list.codes.some((code) => isCode(code.image));
    if (!hasKnown && !(form === 'bracket' || attribution.label)) continue;
    for (const code of list.codes) {
      if (isCode(code.image)) continue;
      fault(code, 'unknown-code', unknownCode(codes, code.image));
    }
  }
}
