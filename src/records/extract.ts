/**
 * The records stage: annotations, stance records and diagnostics of one paragraph, from its AST.
 * Every group and every code remark is read as a region of segments (segments.ts); a paragraph's
 * top level too, for unbracketed attributions (`Move OP7 before OP6: SYR`).
 */
import { tokens as T, type AstNode, type CodeListNode, type GroupNode } from '../../grammar/index.js';
import type { Diagnostic } from '../types.js';
import { appendAll } from '../util/arrays.js';
import { annotate, nothingAnnotated, type Annotated, type AnnotationContext, type Region } from './annotations.js';
import { bracketFaults } from './bracket-faults.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
import { regionFaults, type FaultContext } from './faults.js';
import { attributionsOf, segmentsOf, type Attribution, type RegionForm, type SegmentRules } from './segments.js';
import { instructionBefore } from './stance.js';

export type { CodeLookup } from './annotations.js';
export type { StanceVocabulary } from './stance.js';

export type ExtractContext = AnnotationContext;
export type Extracted = Annotated;

/**
 * Every region of a paragraph, innermost first (so records are made in that order): each group's
 * content, each remark's, then the level that holds them.
 */
function regionsOf(children: AstNode[], form: RegionForm, group: GroupNode | null, regions: Region[] = []): Region[] {
  for (const node of children) {
    if (node.kind === 'group') regionsOf(node.children, node.open.image === '[' ? 'bracket' : 'paren', node, regions);
    else if (node.kind === 'codes') for (const remark of node.remarks) regionsOf(remark.children, 'paren', remark, regions);
  }
  regions.push({ children, form, group });
  return regions;
}

/** The region's attributions, segment by segment, with an instruction before bare codes in a parenthesis. */
function attributionsOfRegion(segments: AstNode[][], form: RegionForm, rules: SegmentRules, context: ExtractContext): Attribution[] {
  const attributions: Attribution[] = [];
  for (let i = 0; i < segments.length; i++) {
    const found = attributionsOf(segments[i], form, rules);
    appendAll(attributions, form === 'paren' && i > 0 ? instructionBefore(found, segments[i - 1], rules, context) : found);
  }
  return attributions;
}

/** A paragraph that ends inside struck text: reported at its last strike mark. */
function unclosedStrike(context: ExtractContext): Diagnostic | null {
  const { paragraphTokens } = context;
  if (!paragraphTokens.endsStruck) return null;
  const lastStrike = paragraphTokens.tokens.findLast((t) => t.tokenType === T.Strike);
  return lastStrike
    ? lazyDiagnostic(placeOf(context.file, lastStrike), 'error', 'unclosed-strike',
      () => 'struck text `~~` is not closed before the paragraph ends: add `~~` where it should end')
    : null;
}

export function extractParagraph(nodes: AstNode[], context: ExtractContext): Extracted {
  const out = nothingAnnotated();
  const known = (node: CodeListNode) => node.codes.some((code) => context.codes.lookup(code.image) !== null);
  // One table per paragraph: whether a group yields a mention is asked again at every level above it.
  const mentionGroups = new Map<GroupNode, boolean>();
  const isStanceWord = (word: string) => context.stanceWords.has(word);
  const closed: SegmentRules = { known, unclosed: false, isStanceWord, mentionGroups };
  const unclosed: SegmentRules = { ...closed, unclosed: true };
  const faultContext: FaultContext = { file: context.file, codes: context.codes };

  for (const region of regionsOf(nodes, 'top', null)) {
    appendAll(out.diagnostics, bracketFaults(context.file, region.children));
    const rules = region.group !== null && region.group.close === null ? unclosed : closed;
    const segments = segmentsOf(region.children, known);
    const attributions = attributionsOfRegion(segments, region.form, rules, context);
    if (attributions.length > 0) annotate(attributions, region, context, out);
    appendAll(out.diagnostics, regionFaults(segments, region.form, region.group, rules, faultContext));
  }
  const strike = unclosedStrike(context);
  if (strike) out.diagnostics.push(strike);
  return out;
}
