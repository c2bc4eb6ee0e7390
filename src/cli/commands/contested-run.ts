import { rankContested } from '../../analyses/contested.js';
import { buildPositions } from '../../analyses/positions.js';
import { CONTESTED_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsInput } from './analytics-input.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';

export interface ContestedOptions extends AnalyticsOptions {
  top: number;
}

export async function runContested(invocation: Invocation<ContestedOptions>): Promise<void> {
  const { files, options, io } = invocation;
  const { result, summary } = await analyticsInput(invocation);
  const ranking = rankContested(buildPositions(result.records));
  const shown = options.top === 0 ? ranking : ranking.slice(0, options.top);
  const entry = CONTESTED_FORMATS[options.format as keyof typeof CONTESTED_FORMATS];
  await formatAndDeliver(entry, { shown, total: ranking.length }, summary, options, files, io);
}
