import type { CountrySummary } from '../analyses/country.js';
import type { StanceRecord } from '../types.js';
import type { FormatContext } from './contract.js';
import type { CountryResult } from './results.js';
import { stanceStyle } from './terminal/colour.js';
import { plural } from './terminal/plural.js';
import { renderTable, type TableCell } from './terminal/table.js';
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
export function formatCountryTable({ summary, records, expandedGroups }: CountryResult, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): string {
  const head = wrapText(summaryLine(summary), width).map((line) => chalk.bold(line));
  if (records.length === 0) return `${[...head, '', 'No stance records.'].join('\n')}\n`;

  const files = [...new Set(records.map((r) => r.file))];
  const blocks = files.map((file) => {
    // By paragraph: a paragraph's records together, paragraphs in order of their first record.
    const own = groupByParagraph(records.filter((r) => r.file === file));
    const rows = own.map((record, index): TableCell[] => {
      const expandedFrom = expandedGroups.has(record.raw) && record.country !== record.raw ? ` (${record.raw})` : '';
      return [
        { text: index > 0 && own[index - 1].paragraph === record.paragraph ? '' : record.paragraph },
        { text: record.stance + expandedFrom, style: stanceStyle(chalk, record.stance) },
        { text: record.label },
        { text: record.excerpt },
      ];
    });
    const table = renderTable([
      { header: 'paragraph', min: 7, max: 16 },
      { header: 'stance', min: 6 },
      { header: 'label', min: 5, max: 20, wrap: true },
      { header: 'excerpt', min: 8, wrap: true },
    ], rows, width, chalk);
    return files.length > 1 ? [chalk.bold(file), ...table].join('\n') : table.join('\n');
  });
  return `${head.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** `GBR United Kingdom: supported 12, opposed 5, sought to delete 4 of 19 paragraphs (31 records; other 1)`. */
export function summaryLine(summary: CountrySummary): string {
  const other = summary.other > 0 ? `; other ${summary.other}` : '';
  return `${summary.country} ${summary.name}: supported ${summary.supported}, opposed ${summary.opposed}, ` +
    `sought to delete ${summary.deleted} of ${plural(summary.paragraphs, 'paragraph')} (${plural(summary.records, 'record')}${other})`;
}

function groupByParagraph(records: readonly StanceRecord[]): StanceRecord[] {
  const groups = new Map<string, StanceRecord[]>();
  for (const record of records) {
    const group = groups.get(record.paragraph);
    if (group) group.push(record);
    else groups.set(record.paragraph, [record]);
  }
  return [...groups.values()].flat();
}
