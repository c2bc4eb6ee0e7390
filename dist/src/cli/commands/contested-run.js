import { rankContested } from '../../analyses/contested.js';
import { buildPositions } from '../../analyses/positions.js';
import { CONTESTED_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsInput } from './analytics-input.js';
export async function runContested(invocation) {
    const { files, options, io } = invocation;
    const { result, summary } = await analyticsInput(invocation);
    const ranking = rankContested(buildPositions(result.records));
    const shown = options.top === 0 ? ranking : ranking.slice(0, options.top);
    const entry = CONTESTED_FORMATS[options.format];
    await formatAndDeliver(entry, { shown, total: ranking.length }, summary, options, files, io);
}
