/**
 * What the analytics subcommands run (their options are in analytics-commands.ts): read the files
 * with the main command's loader, run one analysis and one formatter.
 */
import { computeAgreement } from '../analyses/agreement.js';
import { clusterDelegations } from '../analyses/blocs.js';
import { rankContested } from '../analyses/contested.js';
import { summariseCountry } from '../analyses/country.js';
import { expandGroups, loadGroupMemberships } from '../analyses/expand-groups.js';
import { findParagraphs, paragraphDetail } from '../analyses/paragraph-detail.js';
import { buildPositions } from '../analyses/positions.js';
import { formatBlocsCsv, formatPairsCsv } from '../formatters/blocs-csv.js';
import { formatBlocsJson } from '../formatters/blocs-json.js';
import { formatBlocsTable } from '../formatters/blocs-table.js';
import { formatContestedCsv } from '../formatters/contested-csv.js';
import { formatContestedJson } from '../formatters/contested-json.js';
import { formatContestedTable } from '../formatters/contested-table.js';
import { formatCountryJson } from '../formatters/country-json.js';
import { formatCountryTable } from '../formatters/country-table.js';
import { formatParagraphCsv } from '../formatters/paragraph-csv.js';
import { formatParagraphJson } from '../formatters/paragraph-json.js';
import { formatParagraphTable } from '../formatters/paragraph-table.js';
import { formatRecordsCsv } from '../formatters/records-csv.js';
import { loadCodeTable } from '../records/codes.js';
import type { AnalyticsOptions, BlocsOptions, ContestedOptions } from './analytics-commands.js';
import { loadRecords, reportDiagnostics, resolveCode, userConfig, type LoadedRecords } from './common.js';
import { assertNotAnInput, UsageError } from './io.js';
import { deliver, presentation, type Presentation } from './output.js';

interface Loaded extends LoadedRecords {
  /** The groups `--expand-groups` counted for their members (none without it). */
  expandedGroups: Set<string>;
}

/**
 * Loads the records, expanding groups first when asked, so the filters see the members too.
 * Each file's text is kept only when `sources` is set (`paragraph` shows struck text from it).
 */
function load(files: string[], options: AnalyticsOptions, sources = false): Loaded {
  // As the main command: `-o` onto an input is refused before any work.
  if (options.output) assertNotAnInput(options.output, files);
  if (!options.expandGroups) return { ...loadRecords(files, options, undefined, sources), expandedGroups: new Set() };
  const memberships = loadGroupMemberships();
  const loaded = loadRecords(files, options, (records, codes) => expandGroups(records, memberships, codes), sources);
  return { ...loaded, expandedGroups: new Set(memberships.map((m) => m.group)) };
}

/** Tables get colour and the terminal's width; machine formats neither. */
function emit(files: string[], options: AnalyticsOptions, loaded: LoadedRecords, render: (context: Presentation) => string): Promise<void> {
  const text = render(presentation(options, options.format === 'table'));
  reportDiagnostics(loaded.result, options.diagnostics === true);
  return deliver(text, options, files);
}

export function country(code: string, files: string[], options: AnalyticsOptions): Promise<void> {
  if (options.country !== undefined) throw new UsageError('country: give the delegation as the CODE argument, not with --country');
  const info = resolveCode(loadCodeTable(userConfig(options.aliases)), code, 'country');
  const loaded = load(files, { ...options, country: info.canonical });
  const { records } = loaded.result;
  const summary = summariseCountry(info.canonical, info.name, records);
  return emit(files, options, loaded, ({ chalk, width }) => {
    if (options.format === 'csv') return formatRecordsCsv(records, { escapeFormulas: options.escapeFormulas });
    if (options.format === 'json') return formatCountryJson(summary, records);
    return formatCountryTable(summary, records, { chalk, width, expandedGroups: loaded.expandedGroups });
  });
}

export function paragraph(id: string, files: string[], options: AnalyticsOptions): Promise<void> {
  if (options.paragraph !== undefined) throw new UsageError('paragraph: give the paragraph as the ID argument, not with --paragraph');
  const loaded = load(files, options, true);
  const found = findParagraphs(loaded.result.paragraphs, id);
  if (found.length === 0) {
    throw new UsageError(`paragraph: no paragraph '${id}' in ${files.map((f) => (f === '-' ? 'standard input' : `'${f}'`)).join(', ')} (IDs look like OP12, "OP6 Bis", "PP4 ALT1")`);
  }
  const details = found.map((p) => paragraphDetail(p, loaded.sources.get(p.file), loaded.result.records));
  return emit(files, options, loaded, ({ chalk, width }) => {
    if (options.format === 'csv') return formatParagraphCsv(details, { escapeFormulas: options.escapeFormulas });
    if (options.format === 'json') return formatParagraphJson(details);
    return formatParagraphTable(details, { chalk, width });
  });
}

export function contested(files: string[], options: ContestedOptions): Promise<void> {
  const loaded = load(files, options);
  const ranking = rankContested(buildPositions(loaded.result.records));
  const shown = options.top === 0 ? ranking : ranking.slice(0, options.top);
  return emit(files, options, loaded, ({ chalk, width }) => {
    if (options.format === 'csv') return formatContestedCsv(shown, { escapeFormulas: options.escapeFormulas });
    if (options.format === 'json') return formatContestedJson(shown);
    return formatContestedTable(shown, { chalk, width, total: ranking.length });
  });
}

export function blocs(files: string[], options: BlocsOptions): Promise<void> {
  const loaded = load(files, options);
  const agreement = computeAgreement(buildPositions(loaded.result.records), { minShared: options.minShared });
  const blocs = clusterDelegations(agreement, { clusters: options.clusters, linkage: options.linkage });
  return emit(files, options, loaded, ({ chalk, width }) => {
    if (options.format === 'csv') return formatBlocsCsv(agreement, blocs, { escapeFormulas: options.escapeFormulas });
    if (options.format === 'pairs-csv') return formatPairsCsv(agreement);
    if (options.format === 'json') return formatBlocsJson(agreement, blocs);
    return formatBlocsTable(agreement, blocs, { chalk, width });
  });
}
