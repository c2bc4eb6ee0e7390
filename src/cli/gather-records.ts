/** Every file's parse, merged and filtered: what the commands that need all the records at once start from. */
import { filterRecords } from '../analyses/filter.js';
import { readSections, type ParseOptions } from '../api.js';
import { checkParsed, FindingsCollector } from '../check/findings.js';
import type { CodeTable } from '../records/codes.js';
import type { ParseResult, StanceRecord } from '../types.js';
import { appendAll } from '../util/arrays.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import { FilterWitness, paragraphKey } from './lookups.js';
import { Progress } from './progress.js';
import { runFiles } from './run-files.js';
import type { ParseSettings, RecordSettings } from './settings.js';
import { notationFor } from './notation.js';
import type { InputDraft } from './run-files.js';

export interface GatheredRecords {
  result: ParseResult;
  /** Each input's decoded text, by the name records carry (`-` for standard input); empty unless kept. */
  sources: Map<string, string>;
}

export interface GatherOptions {
  /** Sees the merged records before the filters (the analytics commands expand groups there). */
  prepare?: (records: StanceRecord[], codes: CodeTable) => StanceRecord[];
  /** Keep each file's text: `paragraph` shows struck text from it; the others need not hold every file. */
  keepSources?: boolean;
  /** Keep every annotation (the HTML report lists them); the others need only the records. */
  keepAnnotations?: boolean;
  /** `--quiet`: no progress line. */
  quiet?: boolean;
}

/** A collector of one file's findings as `check` gives them, for a caller that reads it paragraph by paragraph. */
export const findingsCollector = (settings: RecordSettings, draft: { file: string; text: string }): FindingsCollector =>
  new FindingsCollector(draft.text, { file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });

/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export const parseOptionsFor = (settings: ParseSettings, draft: InputDraft, io: CliIo): ParseOptions =>
  ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, notation: notationFor(settings.notation, draft, io) });

/** Each file's findings, counted (or listed) as `check` gives them. */
export function findingsOf(summary: DiagnosticsSummary, settings: RecordSettings, result: ParseResult, draft: { file: string; text: string }): void {
  const findings = checkParsed(result, draft.text, { file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });
  summary.add(draft.file, findings, draft.text);
}

/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export async function gatherRecords(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions = {}): Promise<GatheredRecords> {
  const { codes, filter, encoding } = settings;
  const merged: ParseResult = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
  const sources = new Map<string, string>();
  const progress = new Progress(io, files.length, Progress.wanted(io, options.quiet));
  try {
    // Read section by section as the records CSV is: the findings are gathered as the parts come,
    // and only the records, the paragraphs (and the annotations when asked) are kept, not each
    // file's whole parse.
    await runFiles(files, io, (draft) => readSections(draft, parseOptionsFor(settings, draft, io)), (reading, draft) => {
      if (options.keepSources) sources.set(draft.file, draft.text);
      const findings = findingsCollector(settings, draft);
      let recordCount = 0;
      for (const part of reading.sections) {
        if (part.complete) {
          findings.addParagraph(part.paragraph);
          // A plain copy, its text read once: the paragraph as read computes its text from its
          // tokens, and keeping it would keep them.
          merged.paragraphs.push({ ...part.paragraph });
        }
        findings.addAnnotations(part.annotations);
        if (options.keepAnnotations) appendAll(merged.annotations, part.annotations);
        appendAll(merged.records, part.records);
        recordCount += part.records.length;
      }
      const diagnostics = reading.diagnostics();
      summary.add(draft.file, findings.end(diagnostics), draft.text);
      appendAll(merged.diagnostics, diagnostics);
      progress.fileDone(recordCount);
    }, encoding);
  } finally {
    // Cleared before anything else is said: the filters' notes, the closing line, an error.
    progress.end();
  }
  if (options.prepare) merged.records = options.prepare(merged.records, codes);
  merged.records = filterRecords(merged.records, filter);
  // A filter that matches nothing is said on stderr; the command still runs.
  const witness = new FilterWitness(filter);
  witness.see(merged.paragraphs.map((p) => p.id), merged.records);
  witness.end(io.stderr);
  if (filter.paragraphs) {
    const wanted = new Set([...filter.paragraphs].map(paragraphKey));
    merged.paragraphs = merged.paragraphs.filter((p) => wanted.has(paragraphKey(p.id)));
    merged.annotations = merged.annotations.filter((a) => wanted.has(paragraphKey(a.paragraph)));
  }
  return { result: merged, sources };
}
