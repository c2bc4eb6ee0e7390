/**
 * What the commands share: the common options, reading and parsing the files with the chosen
 * codes and vocabulary, the filters, and the diagnostics line on stderr.
 */
import { Command } from 'commander';
import { filterRecords } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { jsonSource, type JsonSource } from '../data-path.js';
import { formatRecordsCsvHeader } from '../formatters/records-csv.js';
import { loadCodeTable, type CodeInfo, type CodeTable } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { STANCES, type Diagnostic, type ParseResult, type Stance } from '../types.js';
import { appendAll } from '../util/arrays.js';
import { rowsRenderer, type RowsReading } from './file-rows.js';
import { checkInputs, readInput, UsageError } from './io.js';
import { wholeNumber } from './options.js';
import { batchedWrite, deliverStream } from './output.js';

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

/** The canonical code of `raw` (aliases accepted), or a usage error with a suggestion. */
export function resolveCode(codes: CodeTable, raw: string, what: string): CodeInfo {
  const probe = raw.trim().toUpperCase();
  const info = codes.lookup(probe);
  if (info) return info;
  const hint = codes.suggest(probe);
  throw new UsageError(`${what}: '${raw}' is not a delegation code${hint.length ? `; did you mean ${hint.slice(0, 3).join(' or ')}?` : ''}`);
}

function resolveCountries(codes: CodeTable, value: string | undefined): Set<string> | undefined {
  const items = list(value);
  return items && new Set(items.map((item) => resolveCode(codes, item, '--country').canonical));
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
  /** Each input's decoded text, by the name records carry (`-` for standard input); empty when not kept. */
  sources: Map<string, string>;
  codes: CodeTable;
}

const userFiles = new Map<string, JsonSource>();

/**
 * An `--aliases` or `--vocabulary` file, read once per run however many readers it has: it may
 * be a pipe (`--aliases <(…)`), which a second read would find empty.
 */
export function userConfig(file: string | undefined): JsonSource | undefined {
  if (file === undefined) return undefined;
  let source = userFiles.get(file);
  if (!source) userFiles.set(file, (source = jsonSource(file)));
  return source;
}

/** The codes, vocabulary and filters the options ask for: their errors come before any file is read. */
function readSettings(options: CommonOptions) {
  const codes = loadCodeTable(userConfig(options.aliases));
  const vocabulary = loadVocabulary(userConfig(options.vocabulary));
  const filter = {
    countries: resolveCountries(codes, options.country),
    paragraphs: list(options.paragraph) && new Set(list(options.paragraph)),
    stances: resolveStances(options.stance),
  };
  return { codes, vocabulary, filter };
}

/**
 * Reads and parses `files` with the options' codes and vocabulary, merges the results and applies
 * the `--country`, `--paragraph` and `--stance` filters. `prepare` sees the merged records before
 * the filters (the analytics commands expand groups there). Each file's text goes into `sources`
 * only with `keepSources`: the `paragraph` command shows struck text from it; the other commands
 * never read it, so they need not hold every file at once.
 */
export function loadRecords(
  files: string[],
  options: CommonOptions,
  prepare?: (records: ParseResult['records'], codes: CodeTable) => ParseResult['records'],
  keepSources = false,
): LoadedRecords {
  const { codes, vocabulary, filter } = readSettings(options);
  const merged: ParseResult = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
  const sources = new Map<string, string>();
  for (const file of files) {
    const { text, invalidLines } = readInput(file);
    if (keepSources) sources.set(file, text);
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

/**
 * The records CSV, one file at a time: each file is read, parsed, filtered, written and dropped
 * before the next, so memory stays that of one file however many there are. The text is the
 * same as formatting the merged records (a file's records come sorted, files in argument order).
 * Every input is checked first, so a missing file, a directory or an unreadable file stops the
 * command before any output; a fault only reading shows (a binary file) stops it half-way, and
 * then `-o FILE` is left untouched.
 */
export async function streamRecordsCsv(files: string[], options: CommonOptions): Promise<void> {
  const { codes, vocabulary, filter } = readSettings(options);
  checkInputs(files);
  const diagnostics = new DiagnosticsSummary(options.diagnostics === true);
  await deliverStream(options, files, async (write) => {
    const out = batchedWrite(write);
    // The header goes out with the first file's rows: a first file that cannot be read leaves no output.
    await out.add(formatRecordsCsvHeader({ escapeFormulas: options.escapeFormulas }));
    const consume = async (reading: RowsReading) => {
      for (const piece of reading.pieces) await out.add(piece);
      // A file's last rows go out before the next file's turn: if a later file cannot be read, the
      // output ends at a file boundary.
      await out.flush();
      diagnostics.add(reading.diagnostics());
    };
    const render = rowsRenderer({ codes, vocabulary, filter, escapeFormulas: options.escapeFormulas });
    for (const file of files) await consume(render(file, readInput(file)));
  });
  diagnostics.report();
}

/**
 * What stderr says about the diagnostics, file by file: the invalid-encoding warnings, or with
 * `--diagnostics` every diagnostic, one line each, said as soon as a file's are known (so memory
 * does not grow with an archive's diagnostics); then, without `--diagnostics`, their number.
 */
class DiagnosticsSummary {
  private count = 0;

  constructor(private readonly listAll: boolean) {}

  add(diagnostics: readonly Diagnostic[]): void {
    this.count += diagnostics.length;
    let lines = '';
    for (const d of diagnostics) {
      // Problems with the input itself are always said, one line each.
      if (this.listAll) lines += `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}\n`;
      else if (d.rule === 'invalid-encoding') lines += `kyoto-parse: ${d.file}:${d.line}: warning: ${d.message}\n`;
    }
    if (lines) process.stderr.write(lines);
  }

  report(): void {
    if (this.count > 0 && !this.listAll) {
      process.stderr.write(`kyoto-parse: ${this.count} diagnostic(s) about annotations that could not be read cleanly; --diagnostics lists them\n`);
    }
  }
}

export function reportDiagnostics(result: ParseResult, listAll: boolean): void {
  const summary = new DiagnosticsSummary(listAll);
  summary.add(result.diagnostics);
  summary.report();
}
