/**
 * The one way the commands read their files: each file read and parsed section by section
 * (readSections), its findings counted as the parts come (check's account, DiagnosticsSummary),
 * a progress line while it lasts. What a command keeps of the parts is its own affair.
 */
import { readSections, type ParseOptions, type SectionResult } from '../api.js';
import { FindingsCollector, FindingsInOrder, type CheckOptions } from '../check/findings.js';
import type { Diagnostic } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import { notationFor } from './notation.js';
import { Progress } from './progress.js';
import { runFiles, type InputDraft } from './run-files.js';
import type { ParseSettings, RecordSettings } from './settings.js';

/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export const parseOptionsFor = (settings: ParseSettings, draft: InputDraft, io: CliIo): ParseOptions =>
  ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, notation: notationFor(settings.notation, draft, io) });

/**
 * A collector of one file's findings as `check` gives them, for a caller that reads it paragraph
 * by paragraph. Unless they are listed, its own findings are counted as found, not kept.
 */
export const findingsCollector = (settings: RecordSettings, draft: { file: string; text: string }, summary: DiagnosticsSummary): FindingsCollector =>
  new FindingsCollector(draft.text, checkOptionsOf(settings, draft), summary.listing ? undefined : (finding) => summary.count(finding));

/** How `check` would look at one file: the run's tables and rules. */
const checkOptionsOf = (settings: RecordSettings, draft: { file: string }): CheckOptions =>
  ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });

export interface SectionReader {
  /** Each section of each file in turn. */
  section(part: SectionResult): void | Promise<void>;
  /** A file read to its end: the parser's diagnostics, and how it was read. */
  fileDone?(draft: InputDraft, diagnostics: Diagnostic[], options: ParseOptions): void | Promise<void>;
}

/** Reads `files` in order, section by section, into `reader`; `quiet`: no progress line. */
export async function readEachSection(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, quiet: boolean | undefined, reader: SectionReader): Promise<void> {
  const progress = new Progress(io, files.length, Progress.wanted(io, quiet));
  try {
    const parse = (draft: InputDraft) => {
      const options = parseOptionsFor(settings, draft, io);
      return { options, reading: readSections(draft, options) };
    };
    await runFiles(files, io, parse, async ({ options, reading }, draft) => {
      // The file's findings are gathered section by section: no paragraph is kept once looked at.
      // Listed (`--diagnostics`), they go out in order as they are known; else they are counted.
      const listed = summary.listing ? new FindingsInOrder(draft.text, checkOptionsOf(settings, draft), reading) : undefined;
      const findings = listed ? undefined : findingsCollector(settings, draft, summary);
      let recordCount = 0;
      for (const part of reading.sections) {
        if (listed) {
          const ready = listed.add(part);
          if (ready.length > 0) summary.add(draft.file, ready, draft.text);
        } else {
          if (part.complete) findings!.addParagraph(part.paragraph);
          findings!.addAnnotations(part.annotations);
        }
        recordCount += part.records.length;
        await reader.section(part);
      }
      const diagnostics = reading.diagnostics();
      summary.add(draft.file, listed ? listed.end() : findings!.end(diagnostics), draft.text);
      await reader.fileDone?.(draft, diagnostics, options);
      progress.fileDone(recordCount);
    }, settings.encoding);
  } finally {
    // Cleared before anything else is said: the filters' notes, the closing line, an error.
    progress.end();
  }
}
