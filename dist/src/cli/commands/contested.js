import { CONTENTION_MEASURE } from '../../formatters/measures.js';
import { wholeNumber } from '../options.js';
import { addAnalyticsOptions, TABLE_CSV_JSON } from './analytics-options.js';
import { DRAFT } from '../help.js';
export const contested = {
    name: 'contested',
    declare: (command) => addAnalyticsOptions(command
        .description('paragraphs ranked by contention: how many delegations stood on each side, weighted by balance'), TABLE_CSV_JSON, 'table, csv or json (an array ordered by score)')
        .option('--top <n>', 'show the N most contested paragraphs (0: all)', wholeNumber(0), 10)
        .addHelpText('after', `\nContention: ${CONTENTION_MEASURE}.`),
    examples: [
        { what: 'the ten most contested paragraphs', run: `kyoto-parse contested ${DRAFT}` },
        { what: 'the top three, as JSON', run: `kyoto-parse contested ${DRAFT} --format json --top 3` },
        { what: 'groups counted for their members', run: `kyoto-parse contested ${DRAFT} --expand-groups --top 1` },
    ],
    load: async () => (await import('./contested-run.js')).runContested,
};
