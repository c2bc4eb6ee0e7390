/** The main command: the records of the drafts, as a CSV (streamed file by file), JSON, a report or a matrix. */
import { Option } from 'commander';
import { FORMAT_NAMES } from '../../formatters/names.js';
import { addCommonOptions } from '../options.js';
export const records = {
    declare: (command) => addCommonOptions(command
        .description('Parse negotiated UN drafts with bracketed country annotations into stance records and matrices.'))
        .addOption(new Option('-f, --format <format>', 'output format (default: report on a terminal, csv otherwise; xlsx: an Excel workbook, to -o FILE or a pipe)').choices([...FORMAT_NAMES, 'xlsx']))
        .option('--counts', 'matrix cells as counts per stance'),
    load: async () => (await import('./records-run.js')).runRecords,
};
