import { STREAMED_ARRAY, StreamedJson } from '../../util/streamed-json.js';
import type { Finding } from '../findings.js';
import { wholeReport, type FindingsReport } from './report.js';

/** An array of findings with the fields file, line, column, severity, rule, message. */
export function jsonReport(): FindingsReport {
  const array = new StreamedJson(STREAMED_ARRAY);
  return {
    add: (findings) => array.items(findings.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }))),
    end: () => array.end(),
  };
}

export function formatFindingsJson(findings: readonly Finding[]): string {
  return wholeReport(jsonReport(), findings);
}
