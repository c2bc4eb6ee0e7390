/** The records the analytics commands start from: gathered as the main command's, groups expanded first when asked. */
import { expandGroups, loadGroupMemberships } from '../../analyses/expand-groups.js';
import type { Positions } from '../../analyses/positions.js';
import type { CodeTable } from '../../records/codes.js';
import type { StanceRecord } from '../../types.js';
import { assertApplicable } from '../applicable.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { gatherPositions, gatherRecords, type GatheredRecords, type GatherOptions } from '../gather-records.js';
import { recordSettings } from '../settings.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';

interface AnalyticsAccount {
  /** The files' findings, counted as they were read; formatAndDeliver closes the account. */
  summary: DiagnosticsSummary;
  /** The groups `--expand-groups` counted for their members (none without it). */
  expandedGroups: Set<string>;
}

export interface AnalyticsInput extends GatheredRecords, AnalyticsAccount {}


/** What the command keeps of the records (GatherOptions): its files' texts, only some records, some paragraphs or their texts. */
export type AnalyticsNeeds = Pick<GatherOptions, 'keepSources' | 'keep' | 'paragraphText' | 'noParagraphs'>;

/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export async function analyticsInput(invocation: Invocation<AnalyticsOptions>, needs: AnalyticsNeeds = {}): Promise<AnalyticsInput> {
  const { files, settings, io, summary, gather, expandedGroups } = prepared(invocation, needs);
  return { ...(await gatherRecords(files, settings, io, summary, gather)), summary, expandedGroups };
}

/** Each delegation's position on each paragraph (gatherPositions): what `contested` and `blocs` start from. */
export async function analyticsPositions(invocation: Invocation<AnalyticsOptions>): Promise<{ positions: Positions; summary: DiagnosticsSummary }> {
  const { files, settings, io, summary, gather } = prepared(invocation, {});
  return { positions: await gatherPositions(files, settings, io, summary, gather), summary };
}

function prepared({ files, options, io, config }: Invocation<AnalyticsOptions>, needs: AnalyticsNeeds) {
  // As the main command: `-o` onto an input is refused before any work.
  assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: options.format.endsWith('csv'), matrix: false });
  const settings = recordSettings(options, config);
  const summary = new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);
  const gather: GatherOptions = { ...needs, quiet: options.quiet };
  if (!options.expandGroups) return { files, settings, io, summary, gather, expandedGroups: new Set<string>() };
  const memberships = loadGroupMemberships();
  gather.prepare = (records: StanceRecord[], codes: CodeTable) => expandGroups(records, memberships, codes);
  return { files, settings, io, summary, gather, expandedGroups: new Set(memberships.map((m) => m.group)) };
}
