/**
 * A draft paragraph read as a stream: words (each struck or not), annotations, and the marks that
 * bound an insertion's wording (strike boundaries, brackets that are text, `/`, sentence ends).
 * Built from the raw text, because `Paragraph.text` has the strikes removed, and from the parser's
 * annotations (their line, column and source), so the tracer reads the notation exactly as the
 * parser does.
 */
import type { Annotation, Paragraph } from '../types.js';
import type { LineRange, TraceText } from './types.js';
import { offsetOf, sourceOf, type SourceText } from './source.js';
import { normalWord, wordsOf } from './words.js';
import { appendAll } from '../util/arrays.js';

export interface WordItem {
  t: 'word';
  raw: string;
  norm: string;
  off: number;
  struck: boolean;
}

export interface SegmentInfo {
  label: string;
  stance: 'support' | 'oppose' | 'delete' | 'other';
  /** Canonical codes. */
  codes: string[];
}

export interface AnnotationItem {
  t: 'ann';
  annotation: Annotation;
  off: number;
  end: number;
  struck: boolean;
  segments: SegmentInfo[];
  /** For an annotation that encloses wording (`[wording …; delete until here: X]`): the index of its `open` mark. */
  openIndex: number | null;
}

export interface MarkItem {
  t: 'strike' | 'open' | 'close' | 'slash' | 'stop';
  off: number;
}

export type Item = WordItem | AnnotationItem | MarkItem;

export interface DraftParagraph {
  paragraph: Paragraph;
  id: string;
  line: number;
  endLine: number;
  items: Item[];
  /** Declaration text (not a title, a stray note or an editor's line). */
  declaration: boolean;
  /** A paragraph that is new wording as a whole: an `ALT`, `Bis`, `NEW` label, or an unlabelled proposal. */
  whole: boolean;
  /** The paragraph's wording is an alternative to another (`ALT`). */
  alternative: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const REMARK = /^[[(]\s*(end|stop|finish|start|ends?)\s+(here|there)\s*[\])]|^\([^()[\]]{0,100}?\b(language|replace|delete|move|consider|retain|placement|repetition|merge|here|onwards)\b[^()[\]]{0,100}\)/i;

/** The draft's paragraphs within `range`, read as streams. */
export function draftParagraphs(input: TraceText, range?: LineRange): { src: SourceText; paragraphs: DraftParagraph[] } {
  const src = sourceOf(input.text);
  const parsed = input.parsed;
  const countryAt = new Map<string, string>();
  for (const r of parsed.records) countryAt.set(`${r.line}:${r.column}`, r.country);
  const byParagraph = new Map<string, Annotation[]>();
  for (const a of parsed.annotations) {
    const list = byParagraph.get(a.paragraph) ?? [];
    list.push(a);
    byParagraph.set(a.paragraph, list);
  }
  const inRange = parsed.paragraphs.filter((p) => !range || (p.startLine >= range.from && p.startLine <= range.to));
  const out: DraftParagraph[] = [];
  inRange.forEach((p, i) => {
    const next = inRange[i + 1];
    let start = src.lineStarts[p.startLine - 1];
    const lineEnd = (line: number) => (line < src.lineStarts.length ? src.lineStarts[line] - 1 : src.text.length);
    let end = lineEnd(Math.min(p.endLine, range?.to ?? p.endLine));
    if (p.label) {
      const at = src.text.slice(start, lineEnd(p.startLine)).indexOf(p.label);
      if (at >= 0) start += at;
    }
    if (next && next.startLine <= p.endLine && next.label) {
      const at = src.text.indexOf(next.label, start + (p.label?.length ?? 0));
      if (at >= 0 && at < end) end = at;
    }
    let struck = false;
    if (p.label && src.text.startsWith(p.label, start)) {
      struck = (p.label.split('~~').length - 1) % 2 === 1;
      start += p.label.length;
    }
    const annotations = (byParagraph.get(p.id) ?? [])
      .map((a) => ({ a, off: offsetOf(src, a.line, a.column) }))
      .filter(({ a, off }) => off >= start && off < end && src.text.startsWith(a.source, off));
    // A heading's annotations belong to the paragraph after it: the heading is read first.
    const headingAnns = (byParagraph.get(p.id) ?? [])
      .map((a) => ({ a, off: offsetOf(src, a.line, a.column) }))
      .filter(({ a, off }) => off < start && off >= src.lineStarts[Math.max(0, p.startLine - 6)] && src.text.startsWith(a.source, off));
    const items: Item[] = [];
    if (headingAnns.length > 0) {
      const from = src.lineStarts[headingAnns[0].a.line - 1];
      const to = Math.min(start, lineEnd(headingAnns[headingAnns.length - 1].a.line));
      appendAll(items, readItems(src, from, to, false, headingAnns, countryAt));
      items.push({ t: 'close', off: to });
    }
    appendAll(items, readItems(src, start, end, struck, annotations, countryAt));
    const proseWords = items.filter((x) => x.t === 'word').length;
    const declaration = p.kind !== 'unlabelled' || (proseWords >= 15 && !/:\s*$/.test(p.text));
    const label = p.label ?? '';
    const alternative = /\bALT\d*\b/i.test(label);
    const whole = p.kind === 'unlabelled' || (p.kind === 'labelled' && /\b(ALT\d*|Bis|Ter|Quat|Quin|NEW)\b/i.test(label));
    out.push({ paragraph: p, id: p.id, line: p.startLine, endLine: p.endLine, items, declaration, whole, alternative });
  });
  return { src, paragraphs: out };
}

interface Placed { a: Annotation; off: number }

function readItems(
  src: SourceText, start: number, end: number, struckAtStart: boolean, annotations: Placed[], countryAt: Map<string, string>,
): Item[] {
  const text = src.text;
  const items: Item[] = [];
  let struck = struckAtStart;
  // Outermost annotations first; nested ones are read inside their container.
  const sorted = [...annotations].sort((x, y) => x.off - y.off || y.a.source.length - x.a.source.length);
  const spans = sorted.map(({ a, off }) => ({ a, off, end: off + a.source.length }));

  const segmentsOf = (a: Annotation, nested: { off: number; end: number }[]): SegmentInfo[] =>
    a.segments.map((s) => ({
      label: s.label,
      stance: s.stance,
      codes: s.mentions
        .filter((m) => !nested.some((n) => { const o = offsetOf(src, m.line, m.column); return o >= n.off && o < n.end; }))
        .map((m) => countryAt.get(`${m.line}:${m.column}`))
        .filter((c): c is string => c !== undefined),
    }));

  const walk = (from: number, to: number, inner: typeof spans): void => {
    let i = from;
    let k = 0;
    while (i < to) {
      while (k < inner.length && inner[k].off < i) k++;
      if (k < inner.length && inner[k].off === i) {
        const span = inner[k];
        const nested = inner.filter((n) => n !== span && n.off > span.off && n.end <= span.end);
        const tail = tailStart(src, span, nested);
        let openIndex: number | null = null;
        if (tail > span.off + 1 && /[[(]/.test(text[span.off])) {
          openIndex = items.length;
          items.push({ t: 'open', off: span.off });
          walk(span.off + 1, tail, nested);
        }
        // A group never closed where it should be swallows the wording after its codes
        // (`[ITA,POR,DEU,TUR,BEL,FRA- and its links with … ;`): that wording is read as text.
        const own = ownEnd(src, span, nested);
        const rest = text.slice(own, span.end);
        const restWords = wordsOf(rest).join(' ').toLowerCase();
        const isLabel = span.a.segments.some((sg) => sg.label !== '' && restWords.includes(wordsOf(sg.label).slice(0, 3).join(' ').toLowerCase()));
        const swallowed = !isLabel && wordsOf(rest.replace(/[[(][^\])]*[\])]/g, ' ')).length >= 6 && span.end - own > 40;
        const annEnd = swallowed ? own : span.end;
        items.push({ t: 'ann', annotation: span.a, off: openIndex === null ? span.off : tail, end: annEnd, struck, segments: segmentsOf(span.a, nested), openIndex });
        // Groups nested in an opaque one (`[… including law enforcement [, border control.:RUS] and practitioners:CAN]`)
        // still hold their own proposals.
        if (openIndex === null) {
          for (const n of nested) {
            const inner = nested.filter((m) => m !== n && m.off > n.off && m.end <= n.end);
            items.push({ t: 'ann', annotation: n.a, off: n.off, end: n.end, struck, segments: segmentsOf(n.a, inner), openIndex: null });
          }
        }
        // Strikes inside an opaque annotation still toggle.
        const from = openIndex === null ? span.off : tail;
        if ((text.slice(from, annEnd).split('~~').length - 1) % 2 === 1) struck = !struck;
        if (swallowed) {
          items.push({ t: 'close', off: own });
          walk(own, span.end, nested.filter((n) => n.off >= own));
        }
        i = span.end;
        k++;
        continue;
      }
      const c = text[i];
      // Code-less remarks (`(end here)`, `[stop here]`) are neither wording nor boundaries.
      if (c === '(' || c === '[') {
        const remark = REMARK.exec(text.slice(i, i + 220));
        if (remark) { i += remark[0].length; continue; }
      }
      if (c === '~' && text[i + 1] === '~') {
        struck = !struck;
        items.push({ t: 'strike', off: i });
        i += 2;
        continue;
      }
      if (WORD_CHAR.test(c)) {
        let j = i + 1;
        while (j < to && WORD_CHAR.test(text[j])) j++;
        const raw = text.slice(i, j);
        items.push({ t: 'word', raw, norm: normalWord(raw), off: i, struck });
        i = j;
        continue;
      }
      if (c === '[' || c === '(') {
        if (text.startsWith('](#)', i)) { i += 4; continue; }
        items.push({ t: 'open', off: i });
      } else if (c === ']' || c === ')') {
        if (text.startsWith('](#)', i)) { i += 4; continue; }
        items.push({ t: 'close', off: i });
      } else if (c === '/') items.push({ t: 'slash', off: i });
      else if ((c === '.' || c === ';') && !/\d/.test(text[i + 1] ?? '')) items.push({ t: 'stop', off: i });
      i++;
    }
  };
  walk(start, end, spans);
  return items;
}

/**
 * Where an annotation's own part (`label: codes`, or bare codes) begins: the wording before it,
 * if any, is text the annotation encloses (`[We are … *Therefore*, delete until here: EGY]`).
 */
function tailStart(src: SourceText, span: { a: Annotation; off: number; end: number }, nested: { off: number; end: number }[]): number {
  const text = src.text;
  let first = -1;
  let label = '';
  for (const s of span.a.segments) {
    for (const m of s.mentions) {
      const o = offsetOf(src, m.line, m.column);
      if (nested.some((n) => o >= n.off && o < n.end)) continue;
      if (first < 0 || o < first) { first = o; label = s.label; }
    }
  }
  if (first < 0) return span.off;
  const lastNested = nested.filter((n) => n.end <= first).reduce((e, n) => Math.max(e, n.end), span.off + 1);
  // Codes first (`[CHE: delete …]`, `[COL,BRA; ALT: …]`): the annotation is its own part.
  const before = text.slice(lastNested, first);
  const labelWords = wordsOf(label).length;
  if (labelWords === 0) {
    // `…as necessary[EGY]`: bare codes right after the opening bracket, or after wording.
    const trimmed = before.replace(/[\s;:,.]+$/, '');
    if (lastNested > span.off + 1 && wordsOf(trimmed).length === 0) return lastNested;
    return trimmed.length === 0 || /^[[(]?\s*$/.test(trimmed) ? span.off : lastNested + trimmed.length;
  }
  if (first < lastNested) return span.off; // codes before the wording: `(UK,ITA:support FRA)`
  // Walk back over the label's words.
  let i = first;
  let seen = 0;
  while (i > lastNested && seen < labelWords) {
    i--;
    if (WORD_CHAR.test(text[i]) && !WORD_CHAR.test(text[i - 1] ?? ' ')) seen++;
  }
  const head = text.slice(span.off + 1, i);
  return wordsOf(head).length === 0 ? span.off : i;
}

/** Where an annotation's own codes end: after its last mention that is not inside a nested group. */
function ownEnd(src: SourceText, span: { a: Annotation; off: number; end: number }, nested: { off: number; end: number }[]): number {
  let last = -1;
  for (const s of span.a.segments) {
    for (const m of s.mentions) {
      const o = offsetOf(src, m.line, m.column);
      if (nested.some((n) => o >= n.off && o < n.end)) continue;
      last = Math.max(last, o + m.raw.length);
    }
  }
  return last < 0 ? span.end : last;
}
