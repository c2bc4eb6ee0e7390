import type { CountrySummary } from '../analyses/country.js';
import type { StanceRecord } from '../types.js';
import { joinPieces, type FormatContext } from './contract.js';
import type { CountryResult } from './results.js';
import { stanceStyle } from './terminal/colour.js';
import { plural } from './terminal/plural.js';
import { linesInBatches, tableLines, type TableCell } from './terminal/table.js';
import { wrapText } from './terminal/wrap.js';

/**
 * One delegation's records for the terminal: the summary line (wrapped), then a table of
 * paragraph, stance, label and excerpt, one row per record, by paragraph (paragraphs in order of
 * their first record, each paragraph's records in document order). A paragraph's ID
 * is written on its first row only; with several files, each file gets a heading. Labels and
 * excerpts too long for their column are wrapped onto more lines, never cut to a few words, so
 * that every excerpt can be read and no line passes `width`. Records added by `--expand-groups` show the group in brackets after the
 * stance (`support (EU)`).
 */
export function formatCountryTable(result: CountryResult, context: Pick<FormatContext, 'chalk' | 'width'>): string {
  return joinPieces(countryTablePieces(result, context));
}

/** formatCountryTable's text in pieces (lines FORMATTED_AT_ONCE at a time): 80,000 records of one delegation are never laid out at once. */
export function* countryTablePieces({ summary, records, expandedGroups }: CountryResult, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): Generator<string> {
  const head = wrapText(summaryLine(summary), width).map((line) => chalk.bold(line));
  if (records.length === 0) {
    yield `${[...head, '', 'No stance records.'].join('\n')}\n`;
    return;
  }
  yield `${head.join('\n')}\n`;
  const files = [...new Set(records.map((r) => r.file))];
  for (const file of files) {
    // By paragraph: a paragraph's records together, paragraphs in order of their first record.
    const own = groupByParagraph(records.filter((r) => r.file === file));
    const rows = function* (): Generator<TableCell[]> {
      for (let index = 0; index < own.length; index++) {
        const record = own[index]!;
        const expandedFrom = expandedGroups.has(record.raw) && record.country !== record.raw ? ` (${record.raw})` : '';
        yield [
          { text: index > 0 && own[index - 1]!.paragraph === record.paragraph ? '' : record.paragraph },
          { text: record.stance + expandedFrom, style: stanceStyle(chalk, record.stance) },
          { text: record.label },
          { text: record.excerpt },
        ];
      }
    };
    const table = tableLines([
      { header: 'paragraph', min: 7, max: 16 },
      { header: 'stance', min: 6 },
      { header: 'label', min: 5, max: 20, wrap: true },
      { header: 'excerpt', min: 8, wrap: true },
    ], rows, width, chalk);
    yield `\n${files.length > 1 ? `${chalk.bold(file)}\n` : ''}`;
    yield* linesInBatches(table);
  }
}

/** `GBR United Kingdom: supported 12, opposed 5, sought to delete 4 of 19 paragraphs (31 records; other 1)`. */
export function summaryLine(summary: CountrySummary): string {
  const other = summary.other > 0 ? `; other ${summary.other}` : '';
  return `${summary.country} ${summary.name}: supported ${summary.supported}, opposed ${summary.opposed}, ` +
    `sought to delete ${summary.deleted} of ${plural(summary.paragraphs, 'paragraph')} (${plural(summary.records, 'record')}${other})`;
}

function groupByParagraph(records: readonly StanceRecord[]): readonly StanceRecord[] {
  // A draft gives a paragraph's records together unless an ID comes back: then they stay as they are.
  const seen = new Set<string>();
  let together = true;
  for (let index = 0; index < records.length && together; index++) {
    const { paragraph } = records[index]!;
    if (index > 0 && records[index - 1]!.paragraph === paragraph) continue;
    together = !seen.has(paragraph);
    seen.add(paragraph);
  }
  if (together) return records;
  const groups = new Map<string, StanceRecord[]>();
  for (const record of records) {
    const group = groups.get(record.paragraph);
    if (group) group.push(record);
    else groups.set(record.paragraph, [record]);
  }
  return [...groups.values()].flat();
}
