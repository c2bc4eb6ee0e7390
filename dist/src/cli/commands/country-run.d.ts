import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
export declare function runCountry(invocation: Invocation<AnalyticsOptions>): Promise<void>;
