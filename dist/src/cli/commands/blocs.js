/** `kyoto-parse blocs`: pairwise agreement between delegations, and the clusters it gives. */
import { Option } from 'commander';
import { DEFAULT_MIN_SHARED } from '../../analyses/agreement.js';
import { LINKAGES } from '../../analyses/linkages.js';
import { AGREEMENT_MEASURE, COPROPOSAL_MEASURE } from '../../formatters/measures.js';
import { wholeNumber } from '../options.js';
import { addAnalyticsOptions } from './analytics-options.js';
import { DRAFT } from '../help.js';
/** What `blocs` shows: the agreement heatmap and its clusters (the default), or the co-proposals. */
export const BLOCS_VIEWS = ['agreement', 'coproposals'];
export const blocs = {
    name: 'blocs',
    declare: (command) => addAnalyticsOptions(command
        .description('pairwise agreement between delegations, and the clusters (blocs) it gives'), ['table', 'csv', 'pairs-csv', 'json'], 'table (heatmap), csv (agreement matrix), pairs-csv (one row per pair, with shared paragraphs) or json')
        .option('--min-shared <n>', 'leave out pairs with fewer shared paragraphs', wholeNumber(1), DEFAULT_MIN_SHARED)
        .option('--clusters <n>', 'cut the tree into N clusters (default: where members agree more than half the time)', wholeNumber(1))
        .addOption(new Option('--linkage <method>', 'hierarchical clustering linkage').choices([...LINKAGES]).default('average'))
        .addOption(new Option('--view <view>', 'agreement (the default: the scores and clusters above) or coproposals (how often each pair proposes the same text together; table, csv or json)').choices([...BLOCS_VIEWS]))
        .addHelpText('after', `\nAgreement: ${AGREEMENT_MEASURE}. Clusters: hierarchical clustering (ml-hclust) on 1 - agreement; pairs with too few shared paragraphs count as 0.5.\n\nCo-proposals (--view coproposals; --min-shared, --clusters and --linkage do not apply): ${COPROPOSAL_MEASURE}.`),
    examples: [
        { what: 'the agreement heatmap and its clusters', run: `kyoto-parse blocs ${DRAFT}` },
        { what: 'one row per pair, as CSV', run: `kyoto-parse blocs ${DRAFT} --format pairs-csv` },
        { what: 'how often each pair of delegations proposes the same text together', run: `kyoto-parse blocs ${DRAFT} --view coproposals` },
        { what: 'a few delegations, cut into two clusters', run: `kyoto-parse blocs ${DRAFT} --country CHN,BRA,SGP,EGY,USA,GBR,FRA --clusters 2` },
    ],
    load: async () => (await import('./blocs-run.js')).runBlocs,
};
