import type { Positions } from '../../analyses/positions.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { type GatheredRecords, type GatherOptions } from '../gather-records.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
interface AnalyticsAccount {
    /** The files' findings, counted as they were read; formatAndDeliver closes the account. */
    summary: DiagnosticsSummary;
    /** The groups `--expand-groups` counted for their members (none without it). */
    expandedGroups: Set<string>;
}
export interface AnalyticsInput extends GatheredRecords, AnalyticsAccount {
}
/** What the command keeps of the records (GatherOptions): its files' texts, only some records, some paragraphs or their texts. */
export type AnalyticsNeeds = Pick<GatherOptions, 'keepSources' | 'keep' | 'paragraphText' | 'noParagraphs'>;
/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export declare function analyticsInput(invocation: Invocation<AnalyticsOptions>, needs?: AnalyticsNeeds): Promise<AnalyticsInput>;
/** Each delegation's position on each paragraph (gatherPositions): what `contested` and `blocs` start from. */
export declare function analyticsPositions(invocation: Invocation<AnalyticsOptions>): Promise<{
    positions: Positions;
    summary: DiagnosticsSummary;
}>;
export {};
