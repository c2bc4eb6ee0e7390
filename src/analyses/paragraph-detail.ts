/**
 * One paragraph in full: its text with the struck (`~~…~~`) parts marked, and each delegation's
 * stances on it.
 */
import type { Paragraph, StanceRecord } from '../types.js';
import { cleanTextWithStrikes } from '../util/text.js';
import { emptyCounts, type StanceCounts } from './matrix.js';
import { compareCodes, positionOf, type Position } from './positions.js';

export interface TextSegment {
  text: string;
  struck: boolean;
}

export interface DelegationStances {
  country: string;
  name: string;
  counts: StanceCounts;
  /** positions.ts: sign(support − oppose − delete); null with `other` records only. */
  position: Position | null;
  /** The distinct non-empty labels of its records, in order of position. */
  labels: string[];
}

/** A file's text split as paragraphDetail reads it: once per file, not once per paragraph. */
export const sourceLines = (source: string | undefined): string[] | undefined => source?.split('\n');

export interface ParagraphDetail {
  file: string;
  paragraph: string;
  label: string | null;
  startLine: number;
  endLine: number;
  /** The paragraph's text without markup (as `Paragraph.text`). */
  text: string;
  /** The same text cut into struck and unstruck runs. */
  segments: TextSegment[];
  /** Sorted by code. */
  delegations: DelegationStances[];
}

/** The paragraphs whose ID is `id` (case-insensitive), in every file. */
export function findParagraphs(paragraphs: readonly Paragraph[], id: string): Paragraph[] {
  // Case and spacing ignored: `op6bis` finds `OP6 Bis`.
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');
  const wanted = key(id);
  return paragraphs.filter((p) => key(p.id) === wanted);
}

/**
 * Each delegation's stances on each paragraph, counted record by record: what paragraphDetail
 * shows of the records, so that a caller need not keep them (a paragraph may have 400,000).
 */
export class ParagraphStances {
  private readonly byParagraph = new Map<string, Map<string, DelegationStances>>();

  static of(records: readonly StanceRecord[]): ParagraphStances {
    const stances = new ParagraphStances();
    for (const record of records) stances.add(record);
    return stances;
  }

  /** Records in order of position: each delegation's labels are kept in that order. */
  add(record: StanceRecord): void {
    const key = `${record.file}\u0000${record.paragraph}`;
    let byCountry = this.byParagraph.get(key);
    if (!byCountry) this.byParagraph.set(key, (byCountry = new Map()));
    let entry = byCountry.get(record.country);
    if (!entry) {
      entry = { country: record.country, name: record.name, counts: emptyCounts(), position: null, labels: [] };
      byCountry.set(record.country, entry);
    }
    entry.counts[record.stance] += 1;
    if (record.label !== '' && !entry.labels.includes(record.label)) entry.labels.push(record.label);
  }

  /** The delegations with stances on the paragraph, sorted by code, each with its position. */
  of(paragraph: Pick<Paragraph, 'file' | 'id'>): DelegationStances[] {
    const delegations = [...(this.byParagraph.get(`${paragraph.file}\u0000${paragraph.id}`)?.values() ?? [])].sort((a, b) => compareCodes(a.country, b.country));
    for (const entry of delegations) entry.position = positionOf(entry.counts);
    return delegations;
  }
}

/**
 * `lines`: the paragraph's file split at `\n` (sourceLines), for its struck runs; without them the
 * text is one unstruck run. `records`: its records, or their stances as counted (ParagraphStances).
 */
export function paragraphDetail(paragraph: Paragraph, lines: readonly string[] | undefined, records: readonly StanceRecord[] | ParagraphStances): ParagraphDetail {
  const stances = records instanceof ParagraphStances ? records : ParagraphStances.of(records);
  return {
    file: paragraph.file, paragraph: paragraph.id, label: paragraph.label,
    startLine: paragraph.startLine, endLine: paragraph.endLine, text: paragraph.text,
    segments: paragraphRuns(paragraph, lines),
    delegations: stances.of(paragraph),
  };
}

/** The paragraph's text in struck and unstruck runs, read from `lines` (its file split at `\n`); one unstruck run without them. */
export function paragraphRuns(paragraph: Paragraph, lines: readonly string[] | undefined): TextSegment[] {
  return lines === undefined ? [{ text: paragraph.text, struck: false }] : struckSegments(lines, paragraph);
}

/**
 * The paragraph's text cut into struck and unstruck runs: the lines of the paragraph cleaned as
 * `cleanText` cleans them, each character knowing whether it lay between `~~` marks; the run
 * that gives `Paragraph.text` is then taken from them (a paragraph may start mid-line).
 */
function struckSegments(lines: readonly string[], paragraph: Paragraph): TextSegment[] {
  const { text: folded, struck: flags } = cleanTextWithStrikes(lines.slice(paragraph.startLine - 1, paragraph.endLine).join('\n'));
  let start = folded.indexOf(paragraph.text);
  let end = start + paragraph.text.length;
  if (paragraph.text === '' || start < 0) {
    // Not expected; fall back on the trimmed lines.
    start = folded.length - folded.trimStart().length;
    end = folded.trimEnd().length;
  }
  // Each run sliced whole: a run grown a character at a time is a rope of a node per character.
  const segments: TextSegment[] = [];
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    if (i < end && flags[i] === flags[runStart]) continue;
    segments.push({ text: folded.slice(runStart, i), struck: flags[runStart] === 1 });
    runStart = i;
  }
  return segments;
}
