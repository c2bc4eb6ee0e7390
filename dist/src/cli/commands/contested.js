import { CONTENTION_MEASURE } from '../../formatters/measures.js';
import { wholeNumber } from '../options.js';
import { addAnalyticsOptions, TABLE_CSV_JSON } from './analytics-options.js';
export const contested = {
    name: 'contested',
    declare: (command) => addAnalyticsOptions(command
        .description('paragraphs ranked by contention: how many delegations stood on each side, weighted by balance'), TABLE_CSV_JSON, 'table, csv or json (an array ordered by score)')
        .option('--top <n>', 'show the N most contested paragraphs (0: all)', wholeNumber(0), 10)
        .addHelpText('after', `\nContention: ${CONTENTION_MEASURE}.`),
    load: async () => (await import('./contested-run.js')).runContested,
};
