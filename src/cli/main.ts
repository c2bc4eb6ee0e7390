/**
 * The command line: a thin layer over parseDraft and the formatters. Data goes to stdout,
 * messages to stderr; exit status 0 on success, 2 for usage and input/output problems.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { packagePath } from '../data-path.js';
import { ConfigError } from '../errors.js';
import { FORMAT_NAMES, type FormatName } from '../formatters/names.js';
import { analyticsCommands } from './analytics-commands.js';
import { checkCommand } from './check-command.js';
import { addCommonOptions, loadRecords, reportDiagnostics, streamRecordsCsv, type CommonOptions } from './common.js';
import { assertNotAnInput, EXIT_USAGE, UsageError } from './io.js';
import { oneLineErrors } from './options.js';
import { deliver, presentation } from './output.js';

const EXIT_OK = 0;

const MATRIX_FORMATS: Record<string, FormatName> = { table: 'matrix', csv: 'matrix-csv', json: 'matrix-json' };

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function run(files: string[], options: CommonOptions, formatName: FormatName): Promise<void> {
  if (options.output) assertNotAnInput(options.output, files);
  // The records CSV goes out file by file; the other formats need every file's records at once.
  if (formatName === 'csv') return streamRecordsCsv(files, options);
  const merged = loadRecords(files, options).result;

  // Loaded here: the CSV path above never needs the table formatters.
  const format = (await import('../formatters/index.js')).FORMATS[formatName];
  const { chalk, width } = presentation(options, !format.machine);
  const text = format.format({
    result: merged, chalk, width, counts: options.counts, escapeFormulas: options.escapeFormulas,
  });
  reportDiagnostics(merged, options.diagnostics === true);
  await deliver(text, options, files);
}

function buildProgram(setStatus: (status: number) => void = () => {}): Command {
  const version = packageVersion();
  const program = new Command('kyoto-parse')
    .description('Parse negotiated UN drafts with bracketed country annotations into stance records and matrices.')
    .version(version)
    .exitOverride()
    // The main command and `matrix` both have --format: each reads its own.
    .enablePositionalOptions();
  oneLineErrors(program);

  addCommonOptions(program)
    .addOption(new Option('-f, --format <format>', 'output format (default: report on a terminal, csv otherwise)').choices([...FORMAT_NAMES]))
    .option('--counts', 'matrix cells as counts per stance')
    .action((files: string[], options: CommonOptions) => {
      const interactive = !options.output && process.stdout.isTTY === true;
      return run(files, options, (options.format as FormatName | undefined) ?? (interactive ? 'report' : 'csv'));
    });

  addCommonOptions(program.command('matrix').description('the delegation-by-paragraph stance matrix'))
    .addOption(new Option('-f, --format <format>', 'table, csv or json').choices(Object.keys(MATRIX_FORMATS)).default('table'))
    .option('--counts', 'cells as counts per stance instead of letters (S support, O oppose, D delete, X other)')
    .action((files: string[], options: CommonOptions) => run(files, options, MATRIX_FORMATS[options.format ?? 'table']));

  program.addCommand(oneLineErrors(checkCommand(version, setStatus)).exitOverride());
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
