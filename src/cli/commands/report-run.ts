/**
 * What `report` runs: the files read and parsed once (their texts kept: struck runs, findings'
 * lines, and the readings again as the page is written), the first traced into `--later` when
 * given, then the page made and delivered. HTML is no output for a terminal: without `-o` standard output must be redirected.
 */
import { parseDraft } from '../../api.js';
import { REPORT_FORMATS } from '../../formatters/registry.js';
import type { ReportInput } from '../../report/index.js';
import { traceDrafts } from '../../trace/index.js';
import type { TraceText } from '../../trace/types.js';
import { toTerminal } from '../cli-io.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { formatAndDeliver } from '../format-output.js';
import { readReportContent } from '../report-content.js';
import { parseOptionsFor } from '../each-section.js';
import { notationFor } from '../notation.js';
import { checkInputs } from '../inputs.js';
import { runFiles } from '../run-files.js';
import { recordSettings, type FilterOptions } from '../settings.js';
import { UsageError } from '../usage-error.js';
import type { Invocation } from './command.js';
import { filterTrace, fitRange, parseLineRange } from './trace-run.js';

export interface ReportOptions extends FilterOptions {
  format: keyof typeof REPORT_FORMATS;
  later?: string;
  draftLines?: string;
  laterLines?: string;
  baseLines?: string;
  output?: string;
  diagnostics?: boolean;
  quiet?: boolean;
}

export async function runReport({ files, options, io, config, version }: Invocation<ReportOptions>): Promise<void> {
  // Everything the options say is checked before any file is read.
  if (toTerminal(io, options.output)) {
    throw new UsageError('report: the report is an HTML page, not for the terminal: give -o FILE (e.g. -o report.html) or redirect standard output');
  }
  const later = options.later;
  const lineOptions = [options.draftLines && '--draft-lines', options.laterLines && '--later-lines', options.baseLines && '--base-lines'].filter(Boolean);
  if (later === undefined && lineOptions.length > 0) throw new UsageError(`report: ${lineOptions.join(', ')} only go with --later`);
  if (later !== undefined && files.length !== 1) throw new UsageError('report: --later traces one draft: give one file');
  const draftRange = options.draftLines === undefined ? undefined : parseLineRange(options.draftLines, '--draft-lines');
  const laterRange = options.laterLines === undefined ? undefined : parseLineRange(options.laterLines, '--later-lines');
  const baseRange = options.baseLines === undefined ? undefined : parseLineRange(options.baseLines, '--base-lines');
  const inputs = [...files, ...(later !== undefined ? [later] : [])];
  if (inputs.filter((file) => file === '-').length > 1) throw new UsageError('report: only one input can be standard input (-)');
  const settings = recordSettings(options, config);
  const { codes, vocabulary, filter } = settings;
  // A missing later text stops the run before the drafts are read.
  if (later !== undefined) checkInputs([later], io);

  // The findings are counted as the files are read; the closing line (or --diagnostics) follows the page.
  const summary = new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);
  const { content, sources } = await readReportContent(files, settings, io, summary, {
    quiet: options.quiet,
    checkOptions: (file, text) => ({ file, codes, vocabulary, notation: notationFor(settings.notation, { file, text }, io) }),
  });

  let trace: ReportInput['trace'];
  if (later !== undefined) {
    const draftFile = files[0];
    const draftText = sources.get(draftFile) ?? '';
    const draft: TraceText = { text: draftText, parsed: parseDraft(draftText, { file: draftFile, codes, vocabulary, notation: notationFor(settings.notation, { file: draftFile, text: draftText }, io) }) };
    let laterText: TraceText | undefined;
    await runFiles([later], io, (input) => ({ text: input.text, parsed: parseDraft(input.text, { ...parseOptionsFor(settings, input, io), invalidLines: input.invalidLines }) }),
      (read) => { laterText = read; });
    const draftLines = fitRange(draftRange, draft.text, '--draft-lines', draftFile);
    const laterLines = fitRange(laterRange, laterText!.text, '--later-lines', later);
    const baseLines = fitRange(baseRange, draft.text, '--base-lines', draftFile);
    const traced = traceDrafts(draft, laterText!, { draftLines, laterLines, base: baseLines ? draft : undefined, baseLines });
    trace = { result: filterTrace(traced, filter.countries, filter.paragraphs), draft: draftFile, later };
  }

  const entry = REPORT_FORMATS[options.format];
  await formatAndDeliver(entry, { ...content, trace, generator: `kyoto-parse ${version}` }, summary, options, inputs, io);
}
