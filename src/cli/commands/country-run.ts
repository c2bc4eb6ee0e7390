import { summariseCountry } from '../../analyses/country.js';
import { COUNTRY_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { codeTable, resolveCode } from '../settings.js';
import { UsageError } from '../usage-error.js';
import { analyticsInput } from './analytics-input.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';

export async function runCountry(invocation: Invocation<AnalyticsOptions>): Promise<void> {
  const { args: [code], files, options, io, config } = invocation;
  if (options.country !== undefined) throw new UsageError('country: give the delegation as the CODE argument, not with --country');
  const info = resolveCode(codeTable(options, config), code, 'country');
  const { result, expandedGroups, summary: findings } = await analyticsInput({ ...invocation, options: { ...options, country: info.canonical } }, { noParagraphs: true });
  const summary = summariseCountry(info.canonical, info.name, result.records);
  const entry = COUNTRY_FORMATS[options.format as keyof typeof COUNTRY_FORMATS];
  await formatAndDeliver(entry, { summary, records: result.records, expandedGroups }, findings, options, files, io);
}
