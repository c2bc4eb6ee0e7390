/** What `kyoto-parse check` runs: read and check every file, then write the report in the chosen format. */
import { checkDraft, type Finding } from '../check/findings.js';
import { formatFindingsGithub } from '../check/formats/github.js';
import { formatFindingsJson } from '../check/formats/json.js';
import { formatFindingsSarif } from '../check/formats/sarif.js';
import { formatFindingsText } from '../check/formats/text.js';
import { loadCodeTable } from '../records/codes.js';
import { loadVocabulary } from '../records/vocabulary.js';
import { appendAll } from '../util/arrays.js';
import type { CheckCliOptions } from './check-command.js';
import { userConfig } from './common.js';
import { assertNotAnInput, readInput } from './io.js';
import { deliver, presentation } from './output.js';

export const EXIT_FINDINGS = 1;

export function runCheck(files: string[], options: CheckCliOptions, version: string, setStatus: (status: number) => void): void {
  if (options.output) assertNotAnInput(options.output, files);
  const codes = loadCodeTable(userConfig(options.aliases));
  const vocabulary = loadVocabulary(userConfig(options.vocabulary));
  const sources = new Map<string, string[]>();
  const findings: Finding[] = [];
  for (const file of files) {
    const { text, invalidLines } = readInput(file);
    sources.set(file, text.split('\n'));
    appendAll(findings, checkDraft(text, { file, codes, vocabulary, strict: options.strict, invalidLines }));
  }
  const report = {
    text: () => formatFindingsText(findings, { ...presentation(options, true), sources, maxPerRule: options.maxPerRule }),
    json: () => formatFindingsJson(findings),
    github: () => formatFindingsGithub(findings),
    sarif: () => formatFindingsSarif(findings, { version }),
  }[options.format]();
  const status = findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
  setStatus(status);
  deliver(report, options, files, status);
}
