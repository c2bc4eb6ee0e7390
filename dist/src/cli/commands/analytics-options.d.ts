/** The options every analytics command (`country`, `paragraph`, `contested`, `blocs`) has on top of the common ones. */
import { Command } from 'commander';
import { type CommonOptions } from '../options.js';
export interface AnalyticsOptions extends CommonOptions {
    format: string;
    expandGroups?: boolean;
}
export declare const TABLE_CSV_JSON: string[];
export declare function addAnalyticsOptions(command: Command, formats: string[], formatHelp: string): Command;
