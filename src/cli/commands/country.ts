/** `kyoto-parse country CODE`: every position of one delegation. */
import { Command } from 'commander';
import { addAnalyticsOptions, TABLE_CSV_JSON, type AnalyticsOptions } from './analytics-options.js';
import type { CommandDefinition } from './command.js';

export const country: CommandDefinition<AnalyticsOptions> = {
  name: 'country',
  declare: (command: Command) => addAnalyticsOptions(command
    .description('every position of one delegation, by paragraph, with a summary')
    .argument('<code>', 'the delegation (aliases accepted: UK finds GBR)'),
  TABLE_CSV_JSON, 'table, csv (the records, as the main command writes them) or json'),
  load: async () => (await import('./country-run.js')).runCountry,
};
