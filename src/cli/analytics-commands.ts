/**
 * The analytics subcommands: `country`, `paragraph`, `contested` and `blocs`. They read the files
 * with the main command's loader and shared options (codes, vocabulary, filters, `-o`, `--width`,
 * `--diagnostics`), then run one analysis and one formatter.
 */
import { Command, Option } from 'commander';
import { computeAgreement, DEFAULT_MIN_SHARED } from '../analyses/agreement.js';
import { clusterDelegations, LINKAGES, type Linkage } from '../analyses/blocs.js';
import { rankContested } from '../analyses/contested.js';
import { summariseCountry } from '../analyses/country.js';
import { expandGroups, loadGroupMemberships } from '../analyses/expand-groups.js';
import { findParagraphs, paragraphDetail } from '../analyses/paragraph-detail.js';
import { buildPositions } from '../analyses/positions.js';
import { formatBlocsCsv, formatPairsCsv } from '../formatters/blocs-csv.js';
import { formatBlocsJson } from '../formatters/blocs-json.js';
import { AGREEMENT_MEASURE, formatBlocsTable } from '../formatters/blocs-table.js';
import { formatContestedCsv } from '../formatters/contested-csv.js';
import { formatContestedJson } from '../formatters/contested-json.js';
import { CONTENTION_MEASURE, formatContestedTable } from '../formatters/contested-table.js';
import { formatCountryJson } from '../formatters/country-json.js';
import { formatCountryTable } from '../formatters/country-table.js';
import { formatParagraphCsv } from '../formatters/paragraph-csv.js';
import { formatParagraphJson } from '../formatters/paragraph-json.js';
import { formatParagraphView } from '../formatters/paragraph-view.js';
import { formatRecordsCsv } from '../formatters/records-csv.js';
import { loadCodeTable } from '../records/codes.js';
import { addCommonOptions, loadRecords, reportDiagnostics, resolveCode, type CommonOptions, type LoadedRecords } from './common.js';
import { assertNotAnInput, UsageError } from './io.js';
import { wholeNumber } from './options.js';
import { deliver, presentation, type Presentation } from './output.js';

interface AnalyticsOptions extends CommonOptions {
  format: string;
  expandGroups?: boolean;
}

interface ContestedOptions extends AnalyticsOptions {
  top: number;
}

interface BlocsOptions extends AnalyticsOptions {
  minShared: number;
  clusters?: number;
  linkage: Linkage;
}

const TABLE_CSV_JSON = ['table', 'csv', 'json'];

/** The options every analytics command has on top of the shared ones. */
function analyticsOptions(command: Command, formats: string[], formatHelp: string): Command {
  return addCommonOptions(command)
    .addOption(new Option('-f, --format <format>', formatHelp).choices(formats).default('table'))
    .option('--expand-groups', "count a group's stance for its members that have none of their own on the paragraph (EU: its 27 members in February 2020)");
}

interface Loaded extends LoadedRecords {
  /** The groups `--expand-groups` counted for their members (none without it). */
  expandedGroups: Set<string>;
}

/** Loads the records, expanding groups first when asked, so the filters see the members too. */
function load(files: string[], options: AnalyticsOptions): Loaded {
  // As the main command: `-o` onto an input is refused before any work.
  if (options.output) assertNotAnInput(options.output, files);
  if (!options.expandGroups) return { ...loadRecords(files, options), expandedGroups: new Set() };
  const memberships = loadGroupMemberships();
  const loaded = loadRecords(files, options, (records, codes) => expandGroups(records, memberships, codes));
  return { ...loaded, expandedGroups: new Set(memberships.map((m) => m.group)) };
}

/** Tables get colour and the terminal's width; machine formats neither. */
function emit(files: string[], options: AnalyticsOptions, loaded: LoadedRecords, render: (context: Presentation) => string): void {
  const text = render(presentation(options, options.format === 'table'));
  reportDiagnostics(loaded.result, options.diagnostics === true);
  deliver(text, options, files);
}

export function countryCommand(): Command {
  const command = new Command('country')
    .description('every position of one delegation, by paragraph, with a summary')
    .argument('<code>', 'the delegation (aliases accepted: UK finds GBR)');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv (the records, as the main command writes them) or json')
    .action((code: string, files: string[], options: AnalyticsOptions) => {
      if (options.country !== undefined) throw new UsageError('country: give the delegation as the CODE argument, not with --country');
      const info = resolveCode(loadCodeTable(options.aliases), code, 'country');
      const loaded = load(files, { ...options, country: info.canonical });
      const { records } = loaded.result;
      const summary = summariseCountry(info.canonical, info.name, records);
      emit(files, options, loaded, ({ chalk, width }) => {
        if (options.format === 'csv') return formatRecordsCsv(records, { escapeFormulas: options.escapeFormulas });
        if (options.format === 'json') return formatCountryJson(summary, records);
        return formatCountryTable(summary, records, { chalk, width, expandedGroups: loaded.expandedGroups });
      });
    });
}

export function paragraphCommand(): Command {
  const command = new Command('paragraph')
    .description("one paragraph's text (struck parts struck) and each delegation's stances on it")
    .argument('<id>', 'the paragraph ID, e.g. "OP6 Bis" (case-insensitive)');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv (one row per delegation) or json')
    .action((id: string, files: string[], options: AnalyticsOptions) => {
      if (options.paragraph !== undefined) throw new UsageError('paragraph: give the paragraph as the ID argument, not with --paragraph');
      const loaded = load(files, options);
      const found = findParagraphs(loaded.result.paragraphs, id);
      if (found.length === 0) {
        throw new UsageError(`paragraph: no paragraph '${id}' in ${files.map((f) => (f === '-' ? 'standard input' : `'${f}'`)).join(', ')} (IDs look like OP12, "OP6 Bis", "PP4 ALT1")`);
      }
      const details = found.map((p) => paragraphDetail(p, loaded.sources.get(p.file), loaded.result.records));
      emit(files, options, loaded, ({ chalk, width }) => {
        if (options.format === 'csv') return formatParagraphCsv(details, { escapeFormulas: options.escapeFormulas });
        if (options.format === 'json') return formatParagraphJson(details);
        return formatParagraphView(details, { chalk, width });
      });
    });
}

export function contestedCommand(): Command {
  const command = new Command('contested')
    .description('paragraphs ranked by contention: how many delegations stood on each side, weighted by balance');
  return analyticsOptions(command, TABLE_CSV_JSON, 'table, csv or json (an array ordered by score)')
    .option('--top <n>', 'show the N most contested paragraphs (0: all)', wholeNumber(0), 10)
    .addHelpText('after', `\nContention: ${CONTENTION_MEASURE}.`)
    .action((files: string[], options: ContestedOptions) => {
      const loaded = load(files, options);
      const ranking = rankContested(buildPositions(loaded.result.records));
      const shown = options.top === 0 ? ranking : ranking.slice(0, options.top);
      emit(files, options, loaded, ({ chalk, width }) => {
        if (options.format === 'csv') return formatContestedCsv(shown, { escapeFormulas: options.escapeFormulas });
        if (options.format === 'json') return formatContestedJson(shown);
        return formatContestedTable(shown, { chalk, width, total: ranking.length });
      });
    });
}

export function blocsCommand(): Command {
  const command = new Command('blocs')
    .description('pairwise agreement between delegations, and the clusters (blocs) it gives');
  return analyticsOptions(command, ['table', 'csv', 'pairs-csv', 'json'],
    'table (heatmap), csv (agreement matrix), pairs-csv (one row per pair, with shared paragraphs) or json')
    .option('--min-shared <n>', 'leave out pairs with fewer shared paragraphs', wholeNumber(1), DEFAULT_MIN_SHARED)
    .option('--clusters <n>', 'cut the tree into N clusters (default: where members agree more than half the time)', wholeNumber(1))
    .addOption(new Option('--linkage <method>', 'hierarchical clustering linkage').choices([...LINKAGES]).default('average'))
    .addHelpText('after', `\nAgreement: ${AGREEMENT_MEASURE}. Clusters: hierarchical clustering (ml-hclust) on 1 - agreement; pairs with too few shared paragraphs count as 0.5.`)
    .action((files: string[], options: BlocsOptions) => {
      const loaded = load(files, options);
      const agreement = computeAgreement(buildPositions(loaded.result.records), { minShared: options.minShared });
      const blocs = clusterDelegations(agreement, { clusters: options.clusters, linkage: options.linkage });
      emit(files, options, loaded, ({ chalk, width }) => {
        if (options.format === 'csv') return formatBlocsCsv(agreement, blocs, { escapeFormulas: options.escapeFormulas });
        if (options.format === 'pairs-csv') return formatPairsCsv(agreement);
        if (options.format === 'json') return formatBlocsJson(agreement, blocs);
        return formatBlocsTable(agreement, blocs, { chalk, width });
      });
    });
}

/** The four commands, in the order `--help` lists them. */
export function analyticsCommands(): Command[] {
  return [countryCommand(), paragraphCommand(), contestedCommand(), blocsCommand()];
}
