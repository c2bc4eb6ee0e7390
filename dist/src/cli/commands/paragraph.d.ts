import { type AnalyticsOptions } from './analytics-options.js';
import type { CommandDefinition } from './command.js';
export declare const paragraph: CommandDefinition<AnalyticsOptions>;
