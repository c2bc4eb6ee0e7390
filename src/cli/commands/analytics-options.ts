/** The options every analytics command (`country`, `paragraph`, `contested`, `blocs`) has on top of the common ones. */
import { Command, Option } from 'commander';
import { addCommonOptions, type CommonOptions } from '../options.js';

export interface AnalyticsOptions extends CommonOptions {
  format: string;
  expandGroups?: boolean;
}

export const TABLE_CSV_JSON = ['table', 'csv', 'json'];

export function addAnalyticsOptions(command: Command, formats: string[], formatHelp: string): Command {
  return addCommonOptions(command)
    .addOption(new Option('-f, --format <format>', formatHelp).choices(formats).default('table'))
    .option('--expand-groups', "count a group's stance for its members that have none of their own on the paragraph (EU: its 27 members in February 2020)");
}
