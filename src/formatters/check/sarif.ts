/** SARIF 2.1.0, for code-scanning dashboards: one run, the rule table as the tool's rules. */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { STREAMED_ARRAY, StreamedJson } from '../../util/streamed-json.js';
import type { Finding } from '../../check/findings.js';
import { RULES, type RuleName } from '../../check/rules.js';
import type { FindingsReport } from './findings-report.js';

export interface SarifOptions {
  version: string;
}

/** A relative URI reference (RFC 3986): path segments percent-encoded, `\` read as `/`. */
const fileUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

export function sarifReport(options: SarifOptions): FindingsReport {
  const ruleNames = Object.keys(RULES) as RuleName[];
  const rules: ReportingDescriptor[] = ruleNames.map((id) => ({
    id,
    shortDescription: { text: RULES[id].description },
    defaultConfiguration: { level: RULES[id].severity },
  }));
  const resultOf = (f: Finding): Result => ({
    ruleId: f.rule,
    ruleIndex: ruleNames.indexOf(f.rule),
    level: f.severity,
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: f.file === '-' ? 'stdin' : fileUri(f.file) },
        region: { startLine: f.line, startColumn: f.column },
      },
    }],
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'kyoto-parse', version: options.version, rules } }, results: STREAMED_ARRAY, columnKind: 'unicodeCodePoints' }],
  } satisfies Omit<Log, 'runs'> & { runs: unknown[] };
  const document = new StreamedJson(log);
  return {
    start: () => '',
    add: ({ findings }) => document.items(findings.map(resultOf)),
    end: () => document.end(),
  };
}
