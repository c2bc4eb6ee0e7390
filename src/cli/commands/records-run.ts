/**
 * What the main command and `matrix` run. The records CSV goes out file by file, paragraph by
 * paragraph, so memory holds one file however many there are; every other format needs all the
 * records at once.
 */
import { filterRecords } from '../../analyses/filter.js';
import { readSections } from '../../api.js';
import type { FormatName } from '../../formatters/names.js';
import { MATRIX_FORMATS, RECORDS_FORMATS, RECORDS_STREAM } from '../../formatters/registry.js';
import { assertApplicable } from '../applicable.js';
import { toTerminal, type CliIo } from '../cli-io.js';
import { batchedWrite, deliverStream } from '../delivery.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { FilterWitness } from '../lookups.js';
import { Progress } from '../progress.js';
import { findingsCollector, gatherRecords, parseOptionsFor } from '../gather-records.js';
import { checkInputs } from '../inputs.js';
import type { CommonOptions } from '../options.js';
import { BOM, checkBinaryDestination, checkBom, formatAndDeliver, formatBinaryAndDeliver, formatContext } from '../format-output.js';
import { runFiles, type InputDraft } from '../run-files.js';
import { recordSettings, type RecordSettings } from '../settings.js';
import type { Invocation } from './command.js';

export interface RecordsOptions extends CommonOptions {
  format?: FormatName | 'xlsx';
  counts?: boolean;
}

export interface MatrixOptions extends CommonOptions {
  format: keyof typeof MATRIX_FORMATS | 'xlsx';
  counts?: boolean;
}

const diagnosticsSummary = (options: CommonOptions, files: readonly string[], io: CliIo) =>
  new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);

export async function runRecords({ files, options, io, config }: Invocation<RecordsOptions>): Promise<void> {
  const format = options.format ?? (toTerminal(io, options.output) ? 'report' : 'csv');
  checkBom(options, format);
  if (format === 'xlsx') checkBinaryDestination(options, io, format);
  assertApplicable(options, {
    name: format === 'report' ? 'table' : format,
    chosen: options.format ? undefined : `the default when ${options.output ? 'writing to a file' : 'standard output is not a terminal'}`,
    terminal: format === 'report' || format === 'matrix',
    csvText: format === 'csv',
    matrix: format !== 'csv' && format !== 'json' && format !== 'xlsx',
  });
  const settings = recordSettings(options, config);
  if (format === 'csv') return streamRecordsCsv({ files, options, io }, settings);
  const summary = diagnosticsSummary(options, files, io);
  // The table counts the annotations; the other formats need only the records and paragraphs.
  const { result } = await gatherRecords(files, settings, io, summary, { keepAnnotations: format === 'report', quiet: options.quiet });
  if (format === 'xlsx') {
    const { recordsWorkbook } = await import('../../formatters/xlsx.js');
    return formatBinaryAndDeliver(recordsWorkbook, result, summary, options, files, io);
  }
  await formatAndDeliver(RECORDS_FORMATS[format], result, summary, options, files, io);
}

export async function runMatrix({ files, options, io, config }: Invocation<MatrixOptions>): Promise<void> {
  checkBom(options);
  if (options.format === 'xlsx') checkBinaryDestination(options, io, options.format);
  assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: false, matrix: true });
  const summary = diagnosticsSummary(options, files, io);
  const { result } = await gatherRecords(files, recordSettings(options, config), io, summary, { quiet: options.quiet });
  if (options.format === 'xlsx') {
    const { matrixWorkbook } = await import('../../formatters/xlsx.js');
    return formatBinaryAndDeliver(matrixWorkbook, result, summary, options, files, io);
  }
  await formatAndDeliver(MATRIX_FORMATS[options.format], result, summary, options, files, io);
}

/**
 * The records CSV, one file at a time: each file is read, parsed, filtered, written and dropped
 * before the next. The text is the same as formatting the merged records (a file's records come
 * sorted, files in argument order). Every input is checked first, so a missing file or a
 * directory stops the command before any output; a fault only reading shows (a binary file)
 * stops it half-way, at a file boundary, and then `-o FILE` is left untouched.
 */
async function streamRecordsCsv({ files, options, io }: Pick<Invocation<RecordsOptions>, 'files' | 'options' | 'io'>, settings: RecordSettings): Promise<void> {
  const { filter, encoding } = settings;
  checkInputs(files, io);
  const csv = RECORDS_STREAM(formatContext(options, io, false));
  const diagnostics = diagnosticsSummary(options, files, io);
  const witness = new FilterWitness(filter);
  const progress = new Progress(io, files.length, Progress.wanted(io, options.quiet));
  try {
    await deliverStream({ output: options.output, inputs: files, io }, async (write) => {
      const out = batchedWrite(write);
      // The header goes out with the first file's rows: a first file that cannot be read leaves no output.
      await out.add((options.bom ? BOM : '') + csv.start());
      const parse = (draft: InputDraft) => readSections(draft, parseOptionsFor(settings, draft, io));
      await runFiles(files, io, parse, async (reading, draft) => {
        // The file's findings are gathered section by section: no paragraph is kept once written.
        const findings = findingsCollector(settings, draft);
        let recordCount = 0;
        for (const part of reading.sections) {
          if (part.complete) findings.addParagraph(part.paragraph);
          findings.addAnnotations(part.annotations);
          recordCount += part.records.length;
          const records = filterRecords(part.records, filter);
          witness.see([part.paragraph.id], records);
          if (records.length > 0) await out.add(csv.add(records));
        }
        await out.flush();
        diagnostics.add(draft.file, findings.end(reading.diagnostics()), draft.text);
        progress.fileDone(recordCount);
      }, encoding);
      const tail = csv.end();
      if (tail) await write(tail);
    });
  } finally {
    progress.end();
  }
  witness.end(io.stderr);
  diagnostics.end();
}
