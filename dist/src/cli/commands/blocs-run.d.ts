import type { Linkage } from '../../analyses/linkages.js';
import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
export interface BlocsOptions extends AnalyticsOptions {
    minShared: number;
    clusters?: number;
    linkage: Linkage;
    /** agreement (the default) or coproposals. */
    view?: 'agreement' | 'coproposals';
}
export declare function runBlocs(invocation: Invocation<BlocsOptions>): Promise<void>;
