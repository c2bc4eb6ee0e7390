import { addAnalyticsOptions, TABLE_CSV_JSON } from './analytics-options.js';
export const paragraph = {
    name: 'paragraph',
    declare: (command) => addAnalyticsOptions(command
        .description("one paragraph's text (struck parts struck) and each delegation's stances on it")
        .argument('<id>', 'the paragraph ID, e.g. "OP6 Bis" (case-insensitive)'), TABLE_CSV_JSON, 'table, csv (one row per delegation) or json'),
    load: async () => (await import('./paragraph-run.js')).runParagraph,
};
