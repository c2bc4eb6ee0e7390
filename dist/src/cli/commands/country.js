import { addAnalyticsOptions, TABLE_CSV_JSON } from './analytics-options.js';
export const country = {
    name: 'country',
    declare: (command) => addAnalyticsOptions(command
        .description('every position of one delegation, by paragraph, with a summary')
        .argument('<code>', 'the delegation (aliases accepted: UK finds GBR)'), TABLE_CSV_JSON, 'table, csv (the records, as the main command writes them) or json'),
    load: async () => (await import('./country-run.js')).runCountry,
};
