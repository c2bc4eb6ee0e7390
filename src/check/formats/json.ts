import type { Finding } from '../findings.js';

/** An array of findings with the fields file, line, column, severity, rule, message. */
export function formatFindingsJson(findings: readonly Finding[]): string {
  const plain = findings.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
