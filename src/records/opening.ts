/**
 * Records of a notation whose annotations open the bracket that holds the text they concern
 * (a profile's `annotation: "opening"`, the TPP's): `[NZ/CL/PE propose; US/JP oppose: The
 * objectives…]`. Each region (a group's content, or the paragraph's top level) is read left to
 * right: a run of known codes joined by the profile's separators, standing where a part begins
 * (the region's start, or after `:` `;` or a sentence's end), is a mention; what follows the run
 * says its stance:
 *
 * - a stance word of the profile (`propose`, `oppose`) -> that word's stance;
 * - `:` `;` or the group's end right after the codes (`[PE: generation,]`) -> support, unless
 *   the text after the colon starts with a phrase of the notes table (`[CL/SG: reserves its position…`);
 * - prose (`NZ/SG supports a definition…`, `MX will reflect further…`) -> the notes table's
 *   phrase it starts with; in a footnote also prose no phrase starts (the table's fallback).
 *
 * Codes inside prose (references) are not mentions.
 */
import type { IToken } from 'chevrotain';
import { tokens as T, type AstNode, type CodeListNode, type GroupNode } from '../../grammar/index.js';
import type { NotationProfile, ProsePhrases } from '../profiles/profile.js';
import type { Annotation, Stance } from '../types.js';
import { cleanText, detached } from '../util/text.js';
import { nothingAnnotated, type Annotated, type AnnotationContext } from './annotations.js';
import { firstToken, lastToken } from './nodes.js';
import { appendAll } from '../util/arrays.js';

export interface OpeningContext extends AnnotationContext {
  profile: NotationProfile;
  /** The paragraph is a footnote: prose after codes is a position even when no phrase starts it. */
  inFootnote: boolean;
}

const EXCERPT_LENGTH = 80;

/** Every region of a paragraph, innermost first, as the Kyoto reading takes them. */
function regionsOf(children: AstNode[], group: GroupNode | null, regions: { children: AstNode[]; group: GroupNode | null }[] = []) {
  for (const node of children) {
    if (node.kind === 'group') regionsOf(node.children, node, regions);
    else if (node.kind === 'codes') for (const remark of node.remarks) regionsOf(remark.children, remark, regions);
  }
  regions.push({ children, group });
  return regions;
}

const isText = (node: AstNode | undefined): node is Extract<AstNode, { kind: 'text' }> => node?.kind === 'text';
const isSeparator = (node: AstNode | undefined, chars: string): boolean => node?.kind === 'separator' && chars.includes(node.char);
const isDot = (node: AstNode | undefined) => isText(node) && node.token.tokenType === T.Dot;
const isComma = (node: AstNode | undefined) => isText(node) && node.token.tokenType === T.Comma;

/** A phrase table, longest phrases first, each as a whole-word prefix test. */
function phraseMatcher(rows: ProsePhrases[]): (prose: string) => { phrase: string; stance: Stance } | null {
  const entries = rows.flatMap((row) => row.starts.map((phrase) => ({ phrase, stance: row.stance })))
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((entry) => ({ ...entry, pattern: new RegExp(`^${entry.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu') }));
  return (prose) => {
    for (const entry of entries) {
      const match = entry.pattern.exec(prose);
      if (match) return { phrase: match[0].replace(/\s+/g, ' '), stance: entry.stance };
    }
    return null;
  };
}

const matchers = new WeakMap<NotationProfile, ReturnType<typeof phraseMatcher>>();

export function extractOpening(nodes: AstNode[], context: OpeningContext): Annotated {
  const out = nothingAnnotated();
  const { profile } = context;
  let phrases = matchers.get(profile);
  if (!phrases) matchers.set(profile, (phrases = phraseMatcher(profile.notes?.phrases ?? [])));
  const stanceWords = new Map(Object.entries(profile.stanceWords).map(([word, stance]) => [word.toLowerCase(), stance]));
  const isKnown = (code: IToken) => context.codes.lookup(code.image) !== null;
  const joins = (node: AstNode | undefined): boolean =>
    (isSeparator(node, '/') && profile.codeSeparators.includes('/')) ||
    (isComma(node) && profile.codeSeparators.includes(',')) ||
    (isText(node) && node.token.tokenType === T.Text && /^(?:and|&)$/i.test(node.token.image.trim()));

  for (const { children, group } of regionsOf(nodes, null)) {
    // `[NZ/CL propose; US/JP oppose: text]`: a run that ends at `;` shares the excerpt of the run after it.
    let chained: Reading[] = [];
    for (let i = 0; i < children.length; i++) {
      if (children[i].kind !== 'codes') continue;
      // A run of codes: `NZ/CL/PE`, `PE//VN` (a doubled separator), `US and JP`; a code no delegation (`CP/JP`) stays in it.
      const codes: IToken[] = [...(children[i] as CodeListNode).codes];
      let j = i + 1;
      for (;;) {
        let k = j;
        while (joins(children[k])) k++;
        if (k === j || children[k]?.kind !== 'codes') break;
        appendAll(codes, (children[k] as CodeListNode).codes);
        j = k + 1;
      }
      const start = i;
      i = j - 1;
      if (!codes.some(isKnown)) continue;
      const reading = readAfter(children, j, group, context.inFootnote, codes);
      // Where a part begins, or anywhere with a stance word and its colon after it (`…December 2005 US/MY propose: and the WTO…`).
      if (!reading || (!startsPart(children, start) && !reading.stanceWord)) continue;
      chained.push(reading);
      const next = children[reading.end];
      if (isSeparator(next, ';') && children[reading.end + 1]?.kind === 'codes') continue;
      for (const each of chained) emit(each.codes, { ...each, text: reading.text }, group, context, out);
      chained = [];
    }
    for (const each of chained) emit(each.codes, each, group, context, out);
  }
  return out;

  /** What follows a run of codes ending before `j`: its label and stance, and where its text runs. */
  function readAfter(children: AstNode[], j: number, group: GroupNode | null, inFootnote: boolean, codes: IToken[]): Reading | null {
    const found = readStance(children, j, group, inFootnote);
    return found && { ...found, codes };
  }

  function readStance(children: AstNode[], j: number, group: GroupNode | null, inFootnote: boolean): Omit<Reading, 'codes'> | null {
    const next = children[j];
    const textAfter = (from: number): { first: IToken; last: IToken } | null => {
      if (from >= children.length) return null;
      return { first: firstToken(children[from]), last: lastToken(children[children.length - 1]) };
    };
    if (next === undefined || isSeparator(next, ':;')) {
      if (!group && next === undefined) return null;
      const after = isSeparator(next, ':') ? proseAt(children, j + 1) : '';
      const phrase = after ? phrases!(after) : null;
      if (phrase && phrase.stance !== 'support') return { label: phrase.phrase, stance: phrase.stance, text: textAfter(j + 1), end: j };
      return { label: '', stance: 'support', text: textAfter(j + 1), end: j };
    }
    if (isText(next) && next.token.tokenType === T.Text) {
      const word = next.token.image.trim().toLowerCase();
      const stance = stanceWords.get(word);
      const after = children[j + 1];
      if (stance && (after === undefined || isSeparator(after, ':;') || isDot(after))) {
        return { label: next.token.image.trim(), stance, text: textAfter(j + 2), stanceWord: isSeparator(after, ':;'), end: j + 1 };
      }
      const prose = proseAt(children, j);
      const phrase = phrases!(prose);
      if (phrase) return { label: phrase.phrase, stance: phrase.stance, text: textAfter(j), end: j };
      if (inFootnote && profile.notes && /^\p{Ll}/u.test(prose)) {
        return { label: prose.split(/\s+/).slice(0, 3).join(' '), stance: profile.notes.fallback, text: textAfter(j), end: j };
      }
    }
    return null;
  }
}

interface Reading {
  codes: IToken[];
  /** Where what follows the codes (and their stance word) begins. */
  end: number;
  /** A stance word of the profile and its `:` or `;` follow the codes. */
  stanceWord?: boolean;
  label: string;
  stance: Stance;
  text: { first: IToken; last: IToken } | null;
}

/** The prose of the text nodes from `from` on, up to the next separator or group. */
function proseAt(children: AstNode[], from: number): string {
  let prose = '';
  for (let k = from; k < children.length; k++) {
    const node = children[k];
    if (!isText(node)) break;
    prose += node.token.image + ' ';
    if (prose.length > 60) break;
  }
  return prose.replace(/\s+/g, ' ').trim();
}

/** A run of codes is a mention where a part begins: the region's start, after `:` `;` `/`, or after a sentence's end. */
function startsPart(children: AstNode[], i: number): boolean {
  const previous = children[i - 1];
  if (previous === undefined) return true;
  if (previous.kind === 'separator') return previous.char !== '/';
  if (previous.kind === 'group' || previous.kind === 'stray') return true;
  if (isDot(previous)) return true;
  if (isText(previous) && previous.token.tokenType === T.ParagraphLabel) return true;
  return false;
}

function emit(codes: IToken[], reading: Omit<Reading, 'codes' | 'end'>, group: GroupNode | null, context: OpeningContext, out: Annotated): void {
  const tokens = context.paragraphTokens;
  const first = group ? group.open : codes[0];
  const last = group ? lastToken(group) : reading.text?.last ?? codes[codes.length - 1];
  let excerpt = reading.text ? cleanText(tokens.slice(reading.text.first, reading.text.last)).replace(/^[\s,;:.]+|[\s\]]+$/g, '') : '';
  if (excerpt.length > EXCERPT_LENGTH) excerpt = `${excerpt.slice(0, EXCERPT_LENGTH - 1)}…`;
  const annotation: Annotation = {
    file: context.file, paragraph: context.paragraph, form: group ? 'bracket' : 'unbracketed',
    line: first.startLine ?? 1, column: first.startColumn ?? 1, source: tokens.slice(first, last),
    struck: false, excerpt: detached(excerpt), segments: [],
  };
  const segment: Annotation['segments'][number] = { label: reading.label, stance: reading.stance, mentions: [] };
  for (const code of codes) {
    const info = context.codes.lookup(code.image);
    if (!info) continue;
    const line = code.startLine ?? 1;
    const column = code.startColumn ?? 1;
    segment.mentions.push({ raw: code.image, line, column, offset: code.startOffset, struck: false, country: info.canonical });
    out.names.set(info.canonical, info.name);
  }
  annotation.segments.push(segment);
  out.annotations.push(annotation);
}
