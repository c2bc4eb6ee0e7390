/**
 * Reading one region (a group's content, or a paragraph's top level) as annotation
 * segments (NOTATION.md, "The canonical form" and "Variants").
 *
 * A region splits into segments at `;` and at a `/` that follows a code list. A segment
 * splits at `:` into parts. Walking the parts, a code list that starts a part after prose
 * is held by that prose as its label (`delete: RUS`, `ALT: At the same time…:USA`); the
 * prose after a code list starts the next label (`NAM, stop at “…”:GTM`). A segment that
 * starts with codes has proposers (`FRA,ITA: oppose:USA`) or, when nothing later is
 * labelled, codes that hold what follows (`UK,ITA:support FRA`). Codes inside a label are
 * references. A nested group ends a label: labels start after it.
 */
import type { AstNode, CodeListNode, GroupNode } from '../../grammar/index.js';
import { tokens as T } from '../../grammar/index.js';
import { appendAll } from '../util/arrays.js';

export type RegionForm = 'top' | 'bracket' | 'paren';

export interface Attribution {
  codes: CodeListNode;
  /** The label's nodes, or null for bare codes. */
  label: AstNode[] | null;
  /** Where the annotation starts: the first label node, or the codes. */
  start: AstNode;
}

export type KnownCodes = (node: CodeListNode) => boolean;

export interface SegmentRules {
  /** A code list with at least one known delegation code. */
  known: KnownCodes;
  /** A lone word of the stance vocabulary (`support`, `oppose`). */
  isStanceWord: (word: string) => boolean;
  /** The region is a group never closed: its leading codes are read as if it closed after them. */
  unclosed?: boolean;
  /**
   * Whether each group yields a mention, kept per reading so nested groups are not read again
   * at every level above them; one table per paragraph for the stance reading, its own for
   * `check`'s permissive one.
   */
  mentionGroups: Map<GroupNode, boolean>;
}

const isSeparator = (node: AstNode, char: string) => node.kind === 'separator' && node.char === char;
const isColon = (node: AstNode) => node.kind === 'separator' && node.char === ':';

/** Text nodes that carry no words: commas, dots, strike marks. */
const isFiller = (node: AstNode): boolean =>
  node.kind === 'text' &&
  (node.token.tokenType === T.Comma || node.token.tokenType === T.Dot || node.token.tokenType === T.Strike);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(text)`, answered without the regex while the text is ASCII. */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return LETTER_OR_DIGIT.test(text);
    const lower = code | 32;
    if ((code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)) return true;
  }
  return false;
}

export function hasWords(nodes: readonly AstNode[]): boolean {
  return nodes.some((node) => node.kind === 'codes' || (node.kind === 'text' && !isFiller(node) && hasLetterOrDigit(node.token.image)));
}

/** The runs between boundaries (boundaries dropped); the nodes themselves when there is none (pieces are only read). */
function splitOn(nodes: AstNode[], isBoundary: (node: AstNode, i: number) => boolean): AstNode[][] {
  let pieces: AstNode[][] | null = null;
  let start = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!isBoundary(nodes[i], i)) continue;
    (pieces ??= []).push(nodes.slice(start, i));
    start = i + 1;
  }
  if (!pieces) return [nodes];
  pieces.push(nodes.slice(start));
  return pieces;
}

/** `;` always; `/` only right after a code list (`[reaffirm:SWE/recall:USA]`), else it is wording. */
function isSegmentEnd(nodes: AstNode[], i: number, known: KnownCodes): boolean {
  const node = nodes[i]!;
  if (isSeparator(node, ';')) return true;
  if (!isSeparator(node, '/')) return false;
  for (let j = i - 1; j >= 0; j--) {
    if (isFiller(nodes[j]!)) continue;
    return nodes[j]!.kind === 'codes' && known(nodes[j] as CodeListNode);
  }
  return false;
}

/**
 * The region's segments one at a time (separators dropped): the nodes themselves when there is
 * one. A group of 200,000 segments is read without its segments all cut out at once.
 */
export function* eachSegment(nodes: AstNode[], known: KnownCodes): Generator<AstNode[]> {
  let start = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!isSegmentEnd(nodes, i, known)) continue;
    yield nodes.slice(start, i);
    start = i + 1;
  }
  yield start === 0 ? nodes : nodes.slice(start);
}

/**
 * A group that yields a mention somewhere inside it, itself or a group nested in it (not a remark
 * in the wording): it ends a label.
 */
function yieldsMention(group: GroupNode, rules: SegmentRules): boolean {
  const { mentionGroups } = rules;
  const known = mentionGroups.get(group);
  if (known !== undefined) return known;
  const form: RegionForm = group.open.image === '[' ? 'bracket' : 'paren';
  const inner = { ...rules, unclosed: group.close === null };
  let answer = false;
  for (const segment of eachSegment(group.children, rules.known)) {
    if ((answer = attributionsOf(segment, form, inner).length > 0)) break;
  }
  answer ||= group.children.some((child) => child.kind === 'group' && yieldsMention(child, rules));
  mentionGroups.set(group, answer);
  return answer;
}

/**
 * Labels start after the last group that yields a mention, stray closer or paragraph label. A
 * code-less group stays in the label: in `[delete until here and work on AG proposal] on
 * OP1: ITA, RUS]` the bracket closed too early, and its words are still the label.
 */
function lastLabelBoundary(nodes: AstNode[], rules: SegmentRules): number {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    const isLabel = node.kind === 'text' && node.token.tokenType === T.ParagraphLabel;
    const mentions = node.kind === 'group' && yieldsMention(node, rules);
    if (mentions || node.kind === 'stray' || isLabel) return i;
  }
  return -1;
}

/** The nodes after the last label boundary, as a new array (a label may grow in place). */
const afterLastGroup = (nodes: AstNode[], rules: SegmentRules): AstNode[] => nodes.slice(lastLabelBoundary(nodes, rules) + 1);

/** Splits a part into the code list it starts with (after filler) and the rest. */
function headOf(part: AstNode[], known: KnownCodes): { head: CodeListNode | null; rest: AstNode[] } {
  let i = 0;
  while (i < part.length && isFiller(part[i])) i++;
  const node = part[i];
  if (node?.kind === 'codes' && known(node)) return { head: node, rest: part.slice(i + 1) };
  return { head: null, rest: part };
}

function endsWithStanceWord(nodes: AstNode[], isStanceWord: (word: string) => boolean): boolean {
  const last = nodes[nodes.length - 1];
  const word = last?.kind === 'text' ? last.token.image.trim().split(/\s+/).pop() : undefined;
  return word !== undefined && isStanceWord(word.toLowerCase());
}

function trailingCodes(nodes: AstNode[], known: KnownCodes): CodeListNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (isFiller(nodes[i])) continue;
    const node = nodes[i];
    return node.kind === 'codes' && known(node) ? node : null;
  }
  return null;
}

export function attributionsOf(segment: AstNode[], form: RegionForm, rules: SegmentRules): Attribution[] {
  return readSegment(segment, form, rules).found;
}

/**
 * A segment's attributions, and the label being read where it ends (what a colon and codes after
 * it would take): at a paragraph's top level, read in sections, the label that goes on over a cut
 * (a cut falls only in a segment that does not start with codes, whose reading turns on all of it).
 */
export function readSegment(segment: AstNode[], form: RegionForm, rules: SegmentRules): { found: Attribution[]; label: AstNode[] } {
  const { known, unclosed = false } = rules;
  const parts = splitOn(segment, isColon);
  const found: Attribution[] = [];
  let label: AstNode[] = [];
  let leading: CodeListNode | null = null;
  let labelled = false;
  const attach = (codes: CodeListNode, nodes: AstNode[]) => {
    // A label with no words (only a nested group after the codes) leaves the codes bare.
    if (!hasWords(nodes)) return void found.push({ codes, label: null, start: codes });
    found.push({ codes, label: nodes, start: nodes[0] });
    labelled = true;
  };

  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const { head, rest } = headOf(part, known);
    if (i === 0) {
      // `[CAN, stop here: GTM]`: proposers, then the label of the codes after the colon.
      const proposers = head && (!hasWords(rest) || (form !== 'top' && (unclosed || parts.length > 1)));
      if (proposers) {
        leading = head;
        label = afterLastGroup(rest, rules);
      } else label = afterLastGroup(part, rules);
      continue;
    }
    if (!head) {
      // Prose continues the label across a colon (`ALT: At the same time…`). The label holds no
      // boundary (afterLastGroup made it), so only `part` can end it; grown in place, a chain
      // of colons (`x: x: x: …`) costs its length, not its square.
      const boundary = lastLabelBoundary(part, rules);
      if (boundary >= 0) label = part.slice(boundary + 1);
      else appendAll(label, part);
      continue;
    }
    if (hasWords(label)) attach(head, label);
    else if (!leading && form !== 'top' && hasWords(rest)) {
      // `…:RUS: JPN noted para 60`: a code list with no label of its own holds what follows it.
      attach(head, afterLastGroup(rest, rules));
      label = [];
      continue;
    } else found.push({ codes: head, label: null, start: head });
    label = afterLastGroup(rest, rules);
  }

  const proposers = leading as CodeListNode | null;
  if (proposers) {
    const codesFirst = !labelled && hasWords(label) && parts.length > 1 && !hasWords(headOf(parts[0], known).rest);
    if (codesFirst) found.unshift({ codes: proposers, label, start: proposers });
    else found.unshift({ codes: proposers, label: null, start: proposers });
  } else if (form !== 'top' && !labelled && hasWords(label)) {
    // Codes ending a segment with no colon before them are held by the prose before them:
    // in a bracket always (`retain and add “…”DEU,HON`), in a parenthesis after a stance word
    // (`(work on placement: support VEN,HON,DOM)`).
    const codes = trailingCodes(label, known);
    const wording = codes ? label.slice(0, label.indexOf(codes)) : [];
    const held = form === 'bracket' || endsWithStanceWord(wording, rules.isStanceWord);
    if (codes && hasWords(wording) && held) found.push({ codes, label: wording, start: wording[0] });
  }
  return { found, label };
}
