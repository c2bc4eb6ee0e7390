/** `kyoto-parse matrix`: the delegation-by-paragraph stance matrix. */
import { Option } from 'commander';
import { addCommonOptions } from '../options.js';
import type { CommandDefinition } from './command.js';
import { DRAFT } from '../help.js';
import type { MatrixOptions } from './records-run.js';

export const matrix: CommandDefinition<MatrixOptions> = {
  name: 'matrix',
  declare: (command) => addCommonOptions(command.description('the delegation-by-paragraph stance matrix'))
    .addOption(new Option('-f, --format <format>', 'table, csv, json or xlsx (an Excel workbook, to -o FILE or a pipe)').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .option('--counts', 'cells as counts per stance instead of letters (S support, O oppose, D delete, X other)'),
  examples: [
    { what: "the stance matrix, paged to the terminal's width", run: `kyoto-parse matrix ${DRAFT}` },
    { what: 'counts per stance, as CSV', run: `kyoto-parse matrix ${DRAFT} --counts --format csv` },
    { what: 'only some paragraphs', run: `kyoto-parse matrix ${DRAFT} --paragraph "OP5,OP6,OP6 Bis"` },
  ],
  load: async () => (await import('./records-run.js')).runMatrix,
};
