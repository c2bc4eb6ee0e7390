/**
 * The command line: a thin layer over parseDraft and the formatters. Data goes to stdout,
 * messages to stderr; exit status 0 on success, 2 for usage and input/output problems.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { filterRecords } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { dataPath } from '../data-path.js';
import { ConfigError } from '../errors.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../formatters/index.js';
import { loadCodeTable, type CodeTable } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { STANCES, type ParseResult, type Stance } from '../types.js';
import { analyticsCommands } from './analytics-commands.js';
import { checkCommand } from './check-command.js';
import { chalkFor } from './colour.js';
import { assertNotAnInput, readInput, UsageError, writeOutputFile, writeStdout } from './io.js';
import { oneLineErrors, wholeNumber } from './options.js';
import { appendAll } from '../util/arrays.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

export interface CommonOptions {
  format?: string;
  country?: string;
  paragraph?: string;
  stance?: string;
  vocabulary?: string;
  aliases?: string;
  output?: string;
  escapeFormulas: boolean;
  width?: number;
  counts?: boolean;
  diagnostics?: boolean;
}

const MATRIX_FORMATS: Record<string, FormatName> = { table: 'matrix', csv: 'matrix-csv', json: 'matrix-json' };

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

const EXIT_HELP = `
Exit status:
  0  success
  1  (check only) at least one finding is an error
  2  usage or input/output problem (missing or unreadable file, bad option, bad --aliases/--vocabulary file)
  3  internal error (a bug: please report it with the input)`;

export function addCommonOptions(command: Command): Command {
  return command
    .argument('<files...>', 'draft files to read; - reads standard input')
    .option('--country <codes>', 'only these delegations, comma-separated (aliases accepted: UK finds GBR)')
    .option('--paragraph <ids>', 'only these paragraphs, comma-separated (e.g. "OP1,OP6 Bis")')
    .option('--stance <stances>', `only these stances, comma-separated (${STANCES.join(', ')})`)
    .option('--vocabulary <file>', 'JSON file extending or replacing the stance vocabulary')
    .option('--aliases <file>', 'JSON file extending or replacing the code aliases and groups')
    .option('-o, --output <file>', 'write to FILE (atomically; never over an input file) instead of stdout')
    .option('--no-escape-formulas', 'leave CSV cells starting with = + - @ as they are')
    .option('--width <columns>', 'width of terminal tables (default: the terminal width, or 80)', wholeNumber(20))
    .option('--diagnostics', 'list every diagnostic on stderr, not only their number')
    .addHelpText('after', EXIT_HELP);
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(dataPath('../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function resolveCountries(codes: CodeTable, value: string | undefined): Set<string> | undefined {
  const items = list(value);
  if (!items) return undefined;
  return new Set(items.map((item) => {
    const info = codes.lookup(item.toUpperCase());
    if (!info) {
      const hint = codes.suggest(item.toUpperCase());
      throw new UsageError(`--country: '${item}' is not a delegation code${hint.length ? `; did you mean ${hint.slice(0, 3).join(' or ')}?` : ''}`);
    }
    return info.canonical;
  }));
}

function resolveStances(value: string | undefined): Set<Stance> | undefined {
  const items = list(value);
  if (!items) return undefined;
  for (const item of items) {
    if (!(STANCES as readonly string[]).includes(item)) throw new UsageError(`--stance: '${item}' is not one of ${STANCES.join(', ')}`);
  }
  return new Set(items as Stance[]);
}

/** What the commands read: the parse of every file, merged and filtered, and each file's text. */
export interface LoadedRecords {
  result: ParseResult;
  /** Each input's decoded text, by the name records carry (`-` for standard input). */
  sources: Map<string, string>;
  codes: CodeTable;
}

/**
 * Reads and parses `files` with the options' codes and vocabulary, merges the results and applies
 * the `--country`, `--paragraph` and `--stance` filters. `prepare` sees the merged records before
 * the filters (the analytics commands expand groups there).
 */
export function loadRecords(
  files: string[],
  options: CommonOptions,
  prepare?: (records: ParseResult['records'], codes: CodeTable) => ParseResult['records'],
): LoadedRecords {
  const codes = loadCodeTable(options.aliases);
  const vocabulary = loadVocabulary(options.vocabulary);
  const filter = {
    countries: resolveCountries(codes, options.country),
    paragraphs: list(options.paragraph) && new Set(list(options.paragraph)),
    stances: resolveStances(options.stance),
  };
  const merged: ParseResult = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
  const sources = new Map<string, string>();
  for (const file of files) {
    const { text, invalidLines } = readInput(file);
    sources.set(file, text);
    const result = parseDraft(text, { file, codes, vocabulary, invalidLines });
    appendAll(merged.paragraphs, result.paragraphs);
    appendAll(merged.annotations, result.annotations);
    appendAll(merged.records, result.records);
    appendAll(merged.diagnostics, result.diagnostics);
  }
  if (prepare) merged.records = prepare(merged.records, codes);
  merged.records = filterRecords(merged.records, filter);
  if (filter.paragraphs) {
    const wanted = new Set([...filter.paragraphs].map((id) => id.toLowerCase()));
    merged.paragraphs = merged.paragraphs.filter((p) => wanted.has(p.id.toLowerCase()));
    merged.annotations = merged.annotations.filter((a) => wanted.has(a.paragraph.toLowerCase()));
  }
  return { result: merged, sources, codes };
}

export function run(files: string[], options: CommonOptions, formatName: FormatName): void {
  if (options.output) assertNotAnInput(options.output, files);
  const merged = loadRecords(files, options).result;

  const format = FORMATS[formatName];
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const chalk = chalkFor(process.env, toTerminal && !format.machine);
  const width = options.width ?? (toTerminal ? process.stdout.columns : undefined) ?? 80;
  const text = format.format({
    result: merged, chalk, width, counts: options.counts, escapeFormulas: options.escapeFormulas,
  });
  reportDiagnostics(merged, options.diagnostics === true);
  if (options.output) writeOutputFile(options.output, text, files);
  else writeStdout(text);
}

export function reportDiagnostics(result: ParseResult, listAll: boolean): void {
  const { diagnostics } = result;
  if (diagnostics.length === 0) return;
  // Problems with the input itself are always said, one line each.
  const encoding = listAll ? [] : diagnostics.filter((d) => d.rule === 'invalid-encoding');
  for (const d of encoding) process.stderr.write(`kyoto-parse: ${d.file}:${d.line}: warning: ${d.message}\n`);
  if (listAll) {
    for (const d of diagnostics) process.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}\n`);
  } else {
    process.stderr.write(`kyoto-parse: ${diagnostics.length} diagnostic(s) about annotations that could not be read cleanly; --diagnostics lists them\n`);
  }
}

export function buildProgram(setStatus: (status: number) => void = () => {}): Command {
  const program = new Command('kyoto-parse')
    .description('Parse negotiated UN drafts with bracketed country annotations into stance records and matrices.')
    .version(packageVersion())
    .exitOverride()
    // The main command and `matrix` both have --format: each reads its own.
    .enablePositionalOptions();
  oneLineErrors(program);

  addCommonOptions(program)
    .addOption(new Option('-f, --format <format>', 'output format (default: report on a terminal, csv otherwise)').choices(FORMAT_NAMES))
    .option('--counts', 'matrix cells as counts per stance')
    .action((files: string[], options: CommonOptions) => {
      const interactive = !options.output && process.stdout.isTTY === true;
      run(files, options, (options.format as FormatName | undefined) ?? (interactive ? 'report' : 'csv'));
    });

  addCommonOptions(program.command('matrix').description('the delegation-by-paragraph stance matrix'))
    .addOption(new Option('-f, --format <format>', 'table, csv or json').choices(Object.keys(MATRIX_FORMATS)).default('table'))
    .option('--counts', 'cells as counts per stance instead of letters (S support, O oppose, D delete, X other)')
    .action((files: string[], options: CommonOptions) => run(files, options, MATRIX_FORMATS[options.format ?? 'table']));

  program.addCommand(oneLineErrors(checkCommand(packageVersion(), setStatus)).exitOverride());
  for (const command of analyticsCommands()) program.addCommand(oneLineErrors(command).exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let status = EXIT_OK;
  try {
    await buildProgram((s) => { status = s; }).parseAsync(argv);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one-line message (or the help/version text).
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`kyoto-parse: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
