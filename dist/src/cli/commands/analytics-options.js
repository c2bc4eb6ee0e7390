/** The options every analytics command (`country`, `paragraph`, `contested`, `blocs`) has on top of the common ones. */
import { Option } from 'commander';
import { addCommonOptions } from '../options.js';
export const TABLE_CSV_JSON = ['table', 'csv', 'json'];
export function addAnalyticsOptions(command, formats, formatHelp) {
    return addCommonOptions(command)
        .addOption(new Option('-f, --format <format>', formatHelp).choices(formats).default('table'))
        .option('--expand-groups', "count a group's stance for its members that have none of their own on the paragraph (EU: its 27 members in February 2020)");
}
