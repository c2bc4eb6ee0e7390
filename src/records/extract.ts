/**
 * The records stage: annotations and stance records of one paragraph, from its AST.
 * Every group and every code remark is read as a region of segments (segments.ts); a
 * paragraph's top level too, for unbracketed attributions (`Move OP7 before OP6: SYR`).
 */
import type { IToken } from 'chevrotain';
import { tokens as T, type AstNode, type CodeListNode, type GroupNode } from '../../grammar/index.js';
import type { Annotation, Diagnostic, Stance, StanceRecord } from '../types.js';
import type { CodeInfo } from './codes.js';
import { cleanLabel, type ParagraphView } from './paragraph-view.js';
import { regionFaults } from './faults.js';
import { attributionsOf, segmentsOf, type Attribution, type RegionForm, type SegmentRules } from './segments.js';
import { appendAll } from '../util/arrays.js';

export interface CodeLookup {
  lookup(raw: string): CodeInfo | null;
  suggest(raw: string): string[];
}

export interface StanceVocabulary {
  stanceOf(label: string): Stance;
  isKnownLabel(label: string): boolean;
  keywords(): readonly string[];
}

export interface ExtractContext {
  file: string;
  paragraph: string;
  view: ParagraphView;
  codes: CodeLookup;
  vocabulary: StanceVocabulary;
  /** Lower-cased single keywords of the vocabulary, for `Oppose [RUS,…]`. */
  stanceWords: ReadonlySet<string>;
}

export interface Extracted {
  annotations: Annotation[];
  records: StanceRecord[];
  diagnostics: Diagnostic[];
}

function firstToken(node: AstNode): IToken {
  switch (node.kind) {
    case 'codes': return node.first;
    case 'group': return node.open;
    default: return node.token;
  }
}

function lastToken(node: AstNode): IToken {
  switch (node.kind) {
    case 'codes': {
      const remark = node.remarks[node.remarks.length - 1];
      return remark && remark.open.startOffset > node.last.startOffset ? lastToken(remark) : node.last;
    }
    case 'group': return node.close ?? (node.children.length > 0 ? lastToken(node.children[node.children.length - 1]) : node.open);
    default: return node.token;
  }
}

const CLOSER_OF: Record<string, string> = { '[': ']', '(': ')' };

export function extractParagraph(nodes: AstNode[], context: ExtractContext): Extracted {
  const out: Extracted = { annotations: [], records: [], diagnostics: [] };
  const diagnose = (token: IToken, severity: Diagnostic['severity'], rule: string, message: string) =>
    out.diagnostics.push({
      file: context.file, line: token.startLine ?? 1, column: token.startColumn ?? 1, severity, rule, message,
    });
  const known = (node: CodeListNode) => node.codes.some((code) => context.codes.lookup(code.image) !== null);
  const isStanceWord = (word: string) => context.stanceWords.has(word);
  const annotationGroups = new Map<GroupNode, boolean>();
  const closedRules: SegmentRules = { known, unclosed: false, isStanceWord, annotationGroups };
  const unclosedRules: SegmentRules = { known, unclosed: true, isStanceWord, annotationGroups };

  const walk = (children: AstNode[], form: RegionForm, group: GroupNode | null) => {
    for (const node of children) {
      if (node.kind === 'group') {
        if (!node.close) diagnose(node.open, 'error', 'unclosed-group', `\`${node.open.image}\` is never closed in this paragraph: add \`${CLOSER_OF[node.open.image]}\` where the annotation ends`);
        else if (CLOSER_OF[node.open.image] !== node.close.image) {
          diagnose(node.close, 'error', 'mismatched-bracket', `\`${node.open.image}\` is closed by \`${node.close.image}\`: write \`${CLOSER_OF[node.open.image]}\``);
        }
        walk(node.children, node.open.image === '[' ? 'bracket' : 'paren', node);
      } else if (node.kind === 'codes') {
        for (const remark of node.remarks) walk(remark.children, 'paren', remark);
      } else if (node.kind === 'stray') {
        diagnose(node.token, 'error', 'stray-closer', `\`${node.token.image}\` closes nothing: remove it or add the missing \`${node.token.image === ']' ? '[' : '('}\``);
      }
    }
    const rules = group !== null && group.close === null ? unclosedRules : closedRules;
    const segments = segmentsOf(children, known);
    const attributions: Attribution[] = [];
    for (let i = 0; i < segments.length; i++) {
      const found = attributionsOf(segments[i], form, rules);
      appendAll(attributions, form === 'paren' && i > 0 ? instructionBefore(found, segments[i - 1], rules) : found);
    }
    if (attributions.length > 0) emit(attributions, form, group, children);
    for (const fault of regionFaults(segments, form, group, rules, faultContext)) diagnose(fault.token, 'error', fault.rule, fault.message);
  };
  const faultContext = { isCode: (raw: string) => context.codes.lookup(raw) !== null, suggest: (raw: string) => context.codes.suggest(raw) };

  const emit = (attributions: Attribution[], form: RegionForm, group: GroupNode | null, children: AstNode[]) => {
    const view = context.view;
    const groupAnnotation = group ? newAnnotation(form === 'paren' ? 'paren' : 'bracket', group.open, lastToken(group), view.excerptBefore(group.open)) : null;
    for (const attribution of attributions) {
      const start = group ? group.open : firstToken(attribution.start);
      const annotation =
        groupAnnotation ?? newAnnotation('unbracketed', start, lastToken(attribution.codes), view.excerptBefore(start));
      const { label, stance } = stanceOf(attribution, start, group, children);
      const segment = { label, stance, mentions: [] as Annotation['segments'][number]['mentions'] };
      for (const code of attribution.codes.codes) {
        const info = context.codes.lookup(code.image);
        if (!info) continue; // reported by regionFaults
        if (info.alias) {
          const message = info.warning ?? `\`${code.image}\` is an alias: write \`${info.canonical}\` (${info.name})`;
          diagnose(code, 'warning', 'aliased-code', message);
        }
        const mention = {
          raw: code.image, line: code.startLine ?? 1, column: code.startColumn ?? 1, offset: code.startOffset,
          struck: view.isStruck(code),
        };
        segment.mentions.push(mention);
        out.records.push({
          file: context.file, paragraph: context.paragraph, country: info.canonical, name: info.name, stance, label,
          raw: code.image, line: mention.line, column: mention.column, struck: mention.struck,
          excerpt: annotation.excerpt,
        });
      }
      annotation.segments.push(segment);
      if (!groupAnnotation) out.annotations.push(annotation);
    }
    if (groupAnnotation) out.annotations.push(groupAnnotation);
  };

  /**
   * `(delete the entire para and replace with the AG proposal; EGY, RUS, …)`: in a parenthesis,
   * bare codes right after a code-less instruction (a label the vocabulary knows) hold it,
   * as if the `;` were the `:` it was meant to be.
   */
  const instructionBefore = (found: Attribution[], previous: AstNode[], rules: SegmentRules) => {
    if (found.length !== 1 || found[0].label || previous.length === 0) return found;
    if (attributionsOf(previous, 'paren', rules).length > 0 || previous.some((n) => n.kind === 'group')) return found;
    const text = cleanLabel(context.view.slice(firstToken(previous[0]), lastToken(previous[previous.length - 1])));
    return context.vocabulary.isKnownLabel(text) ? [{ ...found[0], label: previous }] : found;
  };

  const newAnnotation = (form: Annotation['form'], first: IToken, last: IToken, excerpt: string): Annotation => ({
    file: context.file, paragraph: context.paragraph, form, line: first.startLine ?? 1, column: first.startColumn ?? 1,
    source: context.view.slice(first, last), struck: context.view.isStruck(first),
    excerpt: excerpt || context.view.openingExcerpt(), segments: [],
  });

  const stanceOf = (attribution: Attribution, start: IToken, group: GroupNode | null, children: AstNode[]) => {
    if (attribution.label && attribution.label.length > 0) {
      const label = cleanLabel(context.view.slice(firstToken(attribution.label[0]), lastToken(attribution.label[attribution.label.length - 1])));
      return { label, stance: context.vocabulary.stanceOf(label) };
    }
    const word = group && children.length === 1 ? stanceWordBefore(group) : null;
    if (word) return { label: word, stance: context.vocabulary.stanceOf(word) };
    return { label: '', stance: (context.view.attachedTextStruck(start) ? 'delete' : 'support') as Stance };
  };

  /** `Oppose [RUS,SGP,…]`: a lone stance word that is all the line holds before a bare group. */
  const stanceWordBefore = (group: GroupNode): string | null => {
    const { tokens } = context.view;
    const at = context.view.indexOf(group.open);
    const before = tokens[at - 1];
    if (!before || before.tokenType !== T.Text || before.startLine !== group.open.startLine) return null;
    const previous = tokens[at - 2];
    if (previous && previous.startLine === before.startLine) return null;
    const word = before.image.trim();
    return context.stanceWords.has(word.toLowerCase()) ? word : null;
  };

  walk(nodes, 'top', null);
  if (context.view.endsStruck) {
    const lastStrike = [...context.view.tokens].reverse().find((t) => t.tokenType === T.Strike);
    if (lastStrike) diagnose(lastStrike, 'error', 'unclosed-strike', 'struck text `~~` is not closed before the paragraph ends: add `~~` where it should end');
  }
  return out;
}
