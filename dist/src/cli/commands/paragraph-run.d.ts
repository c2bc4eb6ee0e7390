import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
export declare function runParagraph(given: Invocation<AnalyticsOptions>): Promise<void>;
