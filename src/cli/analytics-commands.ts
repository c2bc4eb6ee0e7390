/**
 * The analytics subcommands: `country`, `paragraph`, `contested` and `blocs`: their options and
 * help. What each one runs lives in analytics-actions.ts, loaded only when the command runs, so
 * the main command never loads the analyses (ml-hclust among them).
 */
import { Command, Option } from 'commander';
import { DEFAULT_MIN_SHARED } from '../analyses/agreement.js';
import { LINKAGES, type Linkage } from '../analyses/linkages.js';
import { AGREEMENT_MEASURE, CONTENTION_MEASURE } from '../formatters/measures.js';
import { addCommonOptions, type CommonOptions } from './common.js';
import { wholeNumber } from './options.js';

export interface AnalyticsOptions extends CommonOptions {
  format: string;
  expandGroups?: boolean;
}

export interface ContestedOptions extends AnalyticsOptions {
  top: number;
}

export interface BlocsOptions extends AnalyticsOptions {
  minShared: number;
  clusters?: number;
  linkage: Linkage;
}

const TABLE_CSV_JSON = ['table', 'csv', 'json'];

/** What the commands run, loaded when one of them runs. */
const actions = () => import('./analytics-actions.js');

/** The options every analytics command has on top of the shared ones. */
function analyticsOptions(command: Command, formats: string[], formatHelp: string): Command {
  return addCommonOptions(command)
    .addOption(new Option('-f, --format <format>', formatHelp).choices(formats).default('table'))
    .option('--expand-groups', "count a group's stance for its members that have none of their own on the paragraph (EU: its 27 members in February 2020)");
}

function countryCommand(): Command {
  const command = new Command('country')
    .description('every position of one delegation, by paragraph, with a summary')
    .argument('<code>', 'the delegation (aliases accepted: UK finds GBR)');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv (the records, as the main command writes them) or json')
    .action(async (code: string, files: string[], options: AnalyticsOptions) => (await actions()).country(code, files, options));
}

function paragraphCommand(): Command {
  const command = new Command('paragraph')
    .description("one paragraph's text (struck parts struck) and each delegation's stances on it")
    .argument('<id>', 'the paragraph ID, e.g. "OP6 Bis" (case-insensitive)');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv (one row per delegation) or json')
    .action(async (id: string, files: string[], options: AnalyticsOptions) => (await actions()).paragraph(id, files, options));
}

function contestedCommand(): Command {
  const command = new Command('contested')
    .description('paragraphs ranked by contention: how many delegations stood on each side, weighted by balance');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv or json (an array ordered by score)')
    .option('--top <n>', 'show the N most contested paragraphs (0: all)', wholeNumber(0), 10)
    .addHelpText('after', `\nContention: ${CONTENTION_MEASURE}.`)
    .action(async (files: string[], options: ContestedOptions) => (await actions()).contested(files, options));
}

function blocsCommand(): Command {
  const command = new Command('blocs')
    .description('pairwise agreement between delegations, and the clusters (blocs) it gives');
  return analyticsOptions(command, ['table', 'csv', 'pairs-csv', 'json'],
    'table (heatmap), csv (agreement matrix), pairs-csv (one row per pair, with shared paragraphs) or json')
    .option('--min-shared <n>', 'leave out pairs with fewer shared paragraphs', wholeNumber(1), DEFAULT_MIN_SHARED)
    .option('--clusters <n>', 'cut the tree into N clusters (default: where members agree more than half the time)', wholeNumber(1))
    .addOption(new Option('--linkage <method>', 'hierarchical clustering linkage').choices([...LINKAGES]).default('average'))
    .addHelpText('after', `\nAgreement: ${AGREEMENT_MEASURE}. Clusters: hierarchical clustering (ml-hclust) on 1 - agreement; pairs with too few shared paragraphs count as 0.5.`)
    .action(async (files: string[], options: BlocsOptions) => (await actions()).blocs(files, options));
}

/** The four commands, in the order `--help` lists them. */
export function analyticsCommands(): Command[] {
  return [countryCommand(), paragraphCommand(), contestedCommand(), blocsCommand()];
}
