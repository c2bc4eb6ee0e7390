/**
 * What `kyoto-parse check` runs: each file is read, checked and reported in turn, then the report
 * is closed (the text format's summary), so memory holds one file at a time however many there are.
 */
import { checkDraft } from '../check/findings.js';
import { githubReport } from '../check/formats/github.js';
import { jsonReport } from '../check/formats/json.js';
import type { FindingsReport } from '../check/formats/report.js';
import { sarifReport } from '../check/formats/sarif.js';
import { textReport } from '../check/formats/text.js';
import { loadCodeTable } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import type { CheckCliOptions } from './check-command.js';
import { userConfig } from './common.js';
import { assertNotAnInput, checkInputs, readInput } from './io.js';
import { deliverStream, presentation } from './output.js';

const EXIT_FINDINGS = 1;

function reportFor(options: CheckCliOptions, version: string): FindingsReport {
  switch (options.format) {
    case 'text': return textReport({ ...presentation(options, true), maxPerRule: options.maxPerRule });
    case 'json': return jsonReport();
    case 'github': return githubReport();
    case 'sarif': return sarifReport({ version });
  }
}

export async function runCheck(files: string[], options: CheckCliOptions, version: string, setStatus: (status: number) => void): Promise<void> {
  if (options.output) assertNotAnInput(options.output, files);
  const codes = loadCodeTable(userConfig(options.aliases));
  const vocabulary = loadVocabulary(userConfig(options.vocabulary));
  // A missing file or a directory stops the run before any of the report is written.
  checkInputs(files);
  const report = reportFor(options, version);
  // A reader that goes away (`| head`) stops the writing, not the checking: the status counts every file.
  await deliverStream(options, files, async (write) => {
    for (const file of files) {
      const { text, invalidLines } = readInput(file);
      const findings = checkDraft(text, { file, codes, vocabulary, strict: options.strict, invalidLines });
      if (findings.some((f) => f.severity === 'error')) setStatus(EXIT_FINDINGS);
      const sources = options.format === 'text' ? new Map([[file, text.split('\n')]]) : undefined;
      // Each file's part goes out before the next file is read, as for the records CSV.
      await write(report.add(findings, sources));
    }
    await write(report.end());
  }, 'finish');
}
