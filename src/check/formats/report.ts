import type { Finding } from '../findings.js';

/** Source lines by file, for the formats that quote the line of a finding. */
export type Sources = ReadonlyMap<string, readonly string[]>;

/**
 * A `check` report written as the files are checked, so that a run over an archive holds one
 * file's findings and text at a time: `add` gives the text for the next findings, `end` the text
 * that closes the report. Added in any slices, the findings make the same text.
 */
export interface FindingsReport {
  add(findings: readonly Finding[], sources?: Sources): string;
  end(): string;
}
