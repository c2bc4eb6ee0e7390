import { existsSync } from 'node:fs';
import { findParagraphs, paragraphDetail, ParagraphStances, sourceLines } from '../../analyses/paragraph-detail.js';
import type { Paragraph, StanceRecord } from '../../types.js';
import { PARAGRAPH_FORMATS } from '../../formatters/registry.js';
import { fileName } from '../argument-path.js';
import { formatAndDeliver } from '../format-output.js';
import { nearParagraphs, paragraphKey } from '../lookups.js';
import { UsageError } from '../usage-error.js';
import { readable } from '../../util/quoted.js';
import { analyticsInput } from './analytics-input.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';

/**
 * `paragraph OP6 Bis draft.txt`, unquoted: the ID is every word before the first that names a
 * file (or is `-`), so that an ID with spaces needs no quotes; the last word is always a file.
 */
function joinIdWords(id: string, files: string[]): { id: string; files: string[] } {
  let first = 0;
  while (first < files.length - 1 && files[first] !== '-' && !existsSync(fileName(files[first]!))) first++;
  return { id: [id, ...files.slice(0, first)].join(' '), files: files.slice(first) };
}

export async function runParagraph(given: Invocation<AnalyticsOptions>): Promise<void> {
  const { id, files } = joinIdWords(given.args[0]!, given.files);
  const invocation = { ...given, files };
  const { options, io } = invocation;
  if (id.trim() === '') throw new UsageError('paragraph: the paragraph ID is empty');
  if (options.paragraph !== undefined) throw new UsageError('paragraph: give the paragraph as the ID argument, not with --paragraph');
  // Only the paragraph's records are looked at (findParagraphs compares IDs as paragraphKey does):
  // counted as they come, or kept when groups are expanded (which needs them all).
  const wanted = paragraphKey(id);
  const stances = new ParagraphStances();
  const keep = options.expandGroups
    ? (record: StanceRecord) => paragraphKey(record.paragraph) === wanted
    : (record: StanceRecord) => {
      if (paragraphKey(record.paragraph) === wanted) stances.add(record);
      return false;
    };
  const paragraphText = (paragraph: Paragraph) => paragraphKey(paragraph.id) === wanted;
  const { result, sources, summary } = await analyticsInput(invocation, { keepSources: true, keep, paragraphText });
  const found = findParagraphs(result.paragraphs, id);
  if (found.length === 0) {
    const near = nearParagraphs(id, result.paragraphs.map((p) => p.id));
    const where = files.map((f) => (f === '-' ? 'standard input' : `'${f}'`)).join(', ');
    throw new UsageError(`paragraph: no paragraph '${readable(id)}' in ${where}${near.length ? `; did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : ' (IDs look like OP12, "OP6 Bis", "PP4 ALT1")'}`);
  }
  const details = found.map((p) => paragraphDetail(p, sourceLines(sources.get(p.file)), options.expandGroups ? result.records : stances));
  const entry = PARAGRAPH_FORMATS[options.format as keyof typeof PARAGRAPH_FORMATS];
  await formatAndDeliver(entry, details, summary, options, files, io);
}
