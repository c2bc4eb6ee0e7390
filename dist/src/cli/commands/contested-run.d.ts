import type { AnalyticsOptions } from './analytics-options.js';
import type { Invocation } from './command.js';
export interface ContestedOptions extends AnalyticsOptions {
    top: number;
}
export declare function runContested(invocation: Invocation<ContestedOptions>): Promise<void>;
