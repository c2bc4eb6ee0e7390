/** `kyoto-parse blocs`: pairwise agreement between delegations, and the clusters it gives. */
import { Option } from 'commander';
import { DEFAULT_MIN_SHARED } from '../../analyses/agreement.js';
import { LINKAGES } from '../../analyses/linkages.js';
import { AGREEMENT_MEASURE } from '../../formatters/measures.js';
import { wholeNumber } from '../options.js';
import { addAnalyticsOptions } from './analytics-options.js';
import { DRAFT } from '../help.js';
export const blocs = {
    name: 'blocs',
    declare: (command) => addAnalyticsOptions(command
        .description('pairwise agreement between delegations, and the clusters (blocs) it gives'), ['table', 'csv', 'pairs-csv', 'json'], 'table (heatmap), csv (agreement matrix), pairs-csv (one row per pair, with shared paragraphs) or json')
        .option('--min-shared <n>', 'leave out pairs with fewer shared paragraphs', wholeNumber(1), DEFAULT_MIN_SHARED)
        .option('--clusters <n>', 'cut the tree into N clusters (default: where members agree more than half the time)', wholeNumber(1))
        .addOption(new Option('--linkage <method>', 'hierarchical clustering linkage').choices([...LINKAGES]).default('average'))
        .addHelpText('after', `\nAgreement: ${AGREEMENT_MEASURE}. Clusters: hierarchical clustering (ml-hclust) on 1 - agreement; pairs with too few shared paragraphs count as 0.5.`),
    examples: [
        { what: 'the agreement heatmap and its clusters', run: `kyoto-parse blocs ${DRAFT}` },
        { what: 'one row per pair, as CSV', run: `kyoto-parse blocs ${DRAFT} --format pairs-csv` },
        { what: 'a few delegations, cut into two clusters', run: `kyoto-parse blocs ${DRAFT} --country CHN,BRA,SGP,EGY,USA,GBR,FRA --clusters 2` },
    ],
    load: async () => (await import('./blocs-run.js')).runBlocs,
};
