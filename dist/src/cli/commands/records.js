/** The main command: the records of the drafts, as a CSV (streamed file by file), JSON, a report or a matrix. */
import { InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES } from '../../formatters/names.js';
import { addCommonOptions } from '../options.js';
import { DRAFT } from '../help.js';
/** The terminal format is `table` on every command; the library's (and this command's former) name `report` is kept as an alias. */
const CLI_FORMATS = [...FORMAT_NAMES.map((name) => (name === 'report' ? 'table' : name)), 'xlsx'];
function formatName(value) {
    if (value === 'table' || value === 'report')
        return 'report';
    if (value === 'xlsx' || FORMAT_NAMES.includes(value))
        return value;
    throw new InvalidArgumentError(`Allowed choices are ${CLI_FORMATS.join(', ')}.`);
}
function formatOption() {
    const option = new Option('-f, --format <format>', 'output format (default: table on a terminal, csv otherwise; report is another name for table; xlsx: an Excel workbook, to -o FILE or a pipe)')
        .argParser(formatName);
    // Listed in the help as choices; the parser takes the alias too.
    option.argChoices = CLI_FORMATS;
    return option;
}
export const records = {
    declare: (command) => addCommonOptions(command
        .description('Parse negotiated UN drafts with bracketed country annotations into stance records and matrices.'))
        .addOption(formatOption())
        .option('--counts', 'matrix cells as counts per stance'),
    examples: [
        { what: 'the summary and stance matrix on a terminal; piped, the records as CSV', run: `kyoto-parse ${DRAFT}` },
        { what: 'the delete stances of the United States, as CSV', run: `kyoto-parse ${DRAFT} --stance delete --country USA` },
        { what: "a few delegations' matrix, as a table", run: `kyoto-parse ${DRAFT} --format table --country FRA,GBR,RUS,USA` },
        { what: 'every record as JSON, into a file', run: `kyoto-parse ${DRAFT} --format json -o records.json` },
    ],
    load: async () => (await import('./records-run.js')).runRecords,
};
