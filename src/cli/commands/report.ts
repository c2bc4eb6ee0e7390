/** `kyoto-parse report`: one self-contained HTML page to look at (issue 23). */
import { Command, Option } from 'commander';
import { DRAFT } from '../help.js';
import type { CommandDefinition } from './command.js';
import type { ReportOptions } from './report-run.js';

const HELP = `
The page: a summary, the stance heatmap (delegations by paragraphs; hover or focus a cell for its
stances, click or Enter for its records), the paragraphs with struck text and annotations marked,
the contested paragraphs, the blocs (agreement matrix and dendrogram), the check findings and,
with --later, the trace of the (one) draft into the later text. Everything is inline: it opens
from disk, offline. The same input gives the same bytes.

Standard output must not be a terminal: give -o FILE or redirect (> report.html).

Exit status:
  0  success
  2  usage or input/output problem (standard output a terminal without -o, missing file, bad option)
  3  internal error (a bug: please report it with the input)`;

export const report: CommandDefinition<ReportOptions> = {
  name: 'report',
  declare: (command: Command) => command
    .description('one self-contained HTML page: summary, heatmap, paragraphs, contested, blocs, findings and (with --later) the trace')
    .argument('<files...>', 'draft files to read; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'html (the only one)').choices(['html']).default('html'))
    .option('--later <file>', 'trace the draft (the one file) into this later text, as `trace` does')
    .option('--draft-lines <A-B>', 'with --later: trace only these lines of the draft (e.g. 108-443)')
    .option('--later-lines <A-B>', 'with --later: trace into only these lines of the later text')
    .option('--base-lines <A-B>', "with --later: these lines of the draft are the Chair's clean text it annotates (e.g. 444-701)")
    .option('--country <codes>', 'only these delegations, comma-separated (aliases accepted)')
    .option('--paragraph <ids>', 'only these paragraphs, comma-separated (e.g. "OP1,OP6 Bis")')
    .option('--vocabulary <file>', 'JSON file extending or replacing the stance vocabulary')
    .option('--aliases <file>', 'JSON file extending or replacing the code aliases and groups')
    .option('-o, --output <file>', 'write to FILE (atomically; never over an input file) instead of stdout')
    .option('--diagnostics', 'list every finding on stderr as check does, not only their number')
    .option('-q, --quiet', 'nothing on stderr but errors')
    .addHelpText('after', HELP),
  examples: [
    { what: 'the page of a draft, into a file', run: `kyoto-parse report ${DRAFT} -o report.html` },
    { what: 'with the trace of its Annexes I and II into the adopted text', run: `kyoto-parse report ${DRAFT} --later fixtures/kyoto-final-6456-21.txt --draft-lines 108-443 --base-lines 444-701 -o report.html` },
  ],
  load: async () => (await import('./report-run.js')).runReport,
};
