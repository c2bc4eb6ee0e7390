/** `kyoto-parse paragraph ID`: one paragraph's text and each delegation's stances on it. */
import { Command } from 'commander';
import { addAnalyticsOptions, TABLE_CSV_JSON, type AnalyticsOptions } from './analytics-options.js';
import type { CommandDefinition } from './command.js';
import { DRAFT } from '../help.js';

export const paragraph: CommandDefinition<AnalyticsOptions> = {
  name: 'paragraph',
  declare: (command: Command) => addAnalyticsOptions(command
    .description("one paragraph's text (struck parts struck) and each delegation's stances on it")
    .argument('<id>', 'the paragraph ID, e.g. "OP6 Bis" (case-insensitive)'),
  TABLE_CSV_JSON, 'table, csv (one row per delegation) or json'),
  examples: [
    { what: "one paragraph's text and stances (case and spaces do not matter: op6bis)", run: `kyoto-parse paragraph "OP6 Bis" ${DRAFT}` },
    { what: 'one delegation per row, as CSV', run: `kyoto-parse paragraph OP5 ${DRAFT} --format csv` },
  ],
  load: async () => (await import('./paragraph-run.js')).runParagraph,
};
