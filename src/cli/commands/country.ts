/** `kyoto-parse country CODE`: every position of one delegation. */
import { Command } from 'commander';
import { addAnalyticsOptions, TABLE_CSV_JSON, type AnalyticsOptions } from './analytics-options.js';
import type { CommandDefinition } from './command.js';
import { DRAFT } from '../help.js';

export const country: CommandDefinition<AnalyticsOptions> = {
  name: 'country',
  declare: (command: Command) => addAnalyticsOptions(command
    .description('every position of one delegation, by paragraph, with a summary')
    .argument('<code>', 'the delegation (aliases accepted: UK finds GBR)'),
  TABLE_CSV_JSON, 'table, csv (the records, as the main command writes them) or json'),
  examples: [
    { what: 'every position of France (a code, alias or name: FRA, france)', run: `kyoto-parse country france ${DRAFT}` },
    { what: 'the United Kingdom (written UK in the draft) on four paragraphs', run: `kyoto-parse country UK ${DRAFT} --paragraph "OP5,OP6,OP6 Bis,OP7"` },
    { what: "Poland, counting the EU's stances for it", run: `kyoto-parse country POL ${DRAFT} --expand-groups` },
  ],
  load: async () => (await import('./country-run.js')).runCountry,
};
