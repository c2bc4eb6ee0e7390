import { computeAgreement } from '../../analyses/agreement.js';
import { clusterDelegations } from '../../analyses/blocs.js';
import { buildPositions } from '../../analyses/positions.js';
import { BLOCS_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsInput } from './analytics-input.js';
export async function runBlocs(invocation) {
    const { files, options, io } = invocation;
    const { result, summary } = await analyticsInput(invocation);
    const agreement = computeAgreement(buildPositions(result.records), { minShared: options.minShared });
    const blocs = clusterDelegations(agreement, { clusters: options.clusters, linkage: options.linkage });
    const entry = BLOCS_FORMATS[options.format];
    await formatAndDeliver(entry, { agreement, blocs }, summary, options, files, io);
}
