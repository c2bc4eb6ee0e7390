import { computeAgreement } from '../../analyses/agreement.js';
import { clusterDelegations } from '../../analyses/blocs.js';
import { countCoProposals } from '../../analyses/coproposals.js';
import { BLOCS_FORMATS, COPROPOSAL_FORMATS } from '../../formatters/registry.js';
import { UsageError } from '../usage-error.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsInput, analyticsPositions } from './analytics-input.js';
export async function runBlocs(invocation) {
    const { files, options, io } = invocation;
    if (options.view === 'coproposals') {
        if (options.format === 'pairs-csv')
            throw new UsageError('--format pairs-csv is the agreement view\'s: --view coproposals writes one row per pair with --format csv');
        if (options.clusters !== undefined)
            throw new UsageError('--clusters does not apply to --view coproposals: it cuts the agreement into clusters');
        const { result, summary } = await analyticsInput(invocation);
        const entry = COPROPOSAL_FORMATS[options.format];
        await formatAndDeliver(entry, countCoProposals(result.records), summary, options, files, io);
        return;
    }
    const { positions, summary } = await analyticsPositions(invocation);
    const agreement = computeAgreement(positions, { minShared: options.minShared });
    const blocs = clusterDelegations(agreement, { clusters: options.clusters, linkage: options.linkage });
    const entry = BLOCS_FORMATS[options.format];
    await formatAndDeliver(entry, { agreement, blocs }, summary, options, files, io);
}
