import { topContested } from '../../analyses/contested.js';
import { CONTESTED_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsPositions } from './analytics-input.js';
export async function runContested(invocation) {
    const { files, options, io } = invocation;
    const { positions, summary } = await analyticsPositions(invocation);
    const contested = topContested(positions, options.top);
    const entry = CONTESTED_FORMATS[options.format];
    await formatAndDeliver(entry, contested, summary, options, files, io);
}
