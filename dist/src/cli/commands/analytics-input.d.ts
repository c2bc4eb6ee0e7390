import { DiagnosticsSummary } from '../diagnostics.js';
import { type GatheredRecords } from '../gather-records.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
export interface AnalyticsInput extends GatheredRecords {
    /** The files' findings, counted as they were read; formatAndDeliver closes the account. */
    summary: DiagnosticsSummary;
    /** The groups `--expand-groups` counted for their members (none without it). */
    expandedGroups: Set<string>;
}
/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export declare function analyticsInput({ files, options, io, config }: Invocation<AnalyticsOptions>, keepSources?: boolean): Promise<AnalyticsInput>;
