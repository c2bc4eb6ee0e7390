import { topContested } from '../../analyses/contested.js';
import { CONTESTED_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { analyticsPositions } from './analytics-input.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';

export interface ContestedOptions extends AnalyticsOptions {
  top: number;
}

export async function runContested(invocation: Invocation<ContestedOptions>): Promise<void> {
  const { files, options, io } = invocation;
  const { positions, summary } = await analyticsPositions(invocation);
  const contested = topContested(positions, options.top);
  const entry = CONTESTED_FORMATS[options.format as keyof typeof CONTESTED_FORMATS];
  await formatAndDeliver(entry, contested, summary, options, files, io);
}
