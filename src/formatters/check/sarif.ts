/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning first): one run, the rule table
 * as the tool's rules with their help, locations relative to the repository root (`%SRCROOT%`),
 * fingerprints that survive unrelated edits, and the results capped at GitHub's limits.
 */
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { LATE_VALUE, STREAMED_ARRAY, StreamedJson } from '../../util/streamed-json.js';
import type { Finding } from '../../check/findings.js';
import { RULE_NAMES, RULES, ruleAnchor, type RuleName } from '../../check/rules.js';
import type { ArtifactPlace, FindingsReport, SarifContext, Sources } from './findings-report.js';

/** GitHub code scanning's limits for one upload (docs: "SARIF support for code scanning"). */
export const GITHUB_LIMITS = {
  /** Results per run; GitHub rejects a run with more. */
  results: 25_000,
  /** Rules per run. */
  rules: 1_000,
  /** The upload, gzip-compressed, in bytes. */
  bytes: 10 * 1024 * 1024,
};

/** The `uriBaseId` of every location inside the repository. */
export const SRCROOT = '%SRCROOT%';

/** The key of our fingerprint in `partialFingerprints` (versioned: a new way of computing gets a new key). */
export const FINGERPRINT_KEY = 'kyotoParseFinding/v1';

export interface SarifOptions extends SarifContext {
  version: string;
}

/** A relative URI reference (RFC 3986): path segments percent-encoded, `\` read as `/`. */
export const fileUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

const FNV_BASES = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f];

/** FNV-1a's four lanes after `text`, continued from `lanes` (a copy is returned): a hash of a text is that of its start, continued. */
function fnvLanes(text: string, lanes: readonly number[] = FNV_BASES): number[] {
  return lanes.map((basis) => {
    let hash = basis;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return hash;
  });
}

const fnvHex = (lanes: readonly number[]) => lanes.map((hash) => (hash >>> 0).toString(16).padStart(8, '0')).join('');

/**
 * 128 bits of FNV-1a (four 32-bit lanes, each with its own offset basis) as 32 hex digits: a
 * fingerprint needs to be stable and spread, not secret, and this needs no platform's crypto.
 */
export function fingerprintHash(text: string): string {
  return fnvHex(fnvLanes(text));
}

/** UTF-8 bytes: never less than the gzip-compressed size, for callers with no compressor. */
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The rule as SARIF describes it: short and full descriptions, help in text and Markdown, its README section. */
export function ruleDescriptor(id: RuleName, helpBase?: string): ReportingDescriptor {
  const rule = RULES[id];
  const helpUri = helpBase ? `${helpBase.replace(/#.*$/, '')}#${ruleAnchor(id)}` : undefined;
  const fence = '```';
  const markdown = [
    `**${rule.description}**`,
    rule.help,
    `For example:\n\n${fence}text\n${rule.example}\n${fence}`,
    `Default severity: ${rule.severity}${'strictOnly' in rule ? ' (reported under `--strict`, or when chosen by `--select` or the configuration file)' : ''}.`,
    ...(helpUri ? [`See [${id}](${helpUri}) in the README.`] : []),
  ].join('\n\n');
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.help}` },
    help: { text: `${rule.description} ${rule.help} For example: ${rule.example.replace(/\n/g, ' / ')}`, markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: rule.severity },
  };
}

/** A line as the fingerprint reads it: no line end, no leading or trailing space, runs of space as one. */
const normaliseLine = (line: string) => line.replace(/\s+/g, ' ').trim();

export function sarifReport(options: SarifOptions): FindingsReport {
  const { placement, helpBase, notify } = options;
  const compressedSize = options.compressedSize ?? utf8Length;
  const maxResults = options.maxResults ?? GITHUB_LIMITS.results;
  const maxBytes = options.maxBytes ?? GITHUB_LIMITS.bytes;
  const rules = RULE_NAMES.map((id) => ruleDescriptor(id, helpBase));
  if (rules.length > GITHUB_LIMITS.rules) throw new Error(`SARIF: ${rules.length} rules, over GitHub's ${GITHUB_LIMITS.rules}`);

  /** Each file's location: relative to the root under %SRCROOT%, or an absolute file URI outside it. */
  const locations = new Map<string, ArtifactPlace>();
  const locationOf = (file: string) => {
    let location = locations.get(file);
    if (location) return location;
    if (file === '-') location = { uri: 'stdin' };
    else location = placement ? placement.locate(file) : { uri: fileUri(file) };
    locations.set(file, location);
    return location;
  };

  /** How often each (rule, line text) has been seen in the current file: the occurrence index of the fingerprint. */
  const seen = new Map<string, number>();
  let seenFile: string | undefined;
  /**
   * The last line's key and hash so far, by rule: a line of 100,000 codes may hold 100,000 findings,
   * and its text is read once, not once a finding (the key, one string, hashes once as a map key).
   */
  let lastLine: { line: number; byRule: Map<string, { key: string; lanes: number[] }> } | undefined;
  const fingerprint = (f: Finding, uri: string, sources: Sources | undefined): string => {
    // Held for one file at a time, as the report is written (a file given twice counts anew).
    if (f.file !== seenFile) {
      seen.clear();
      seenFile = f.file;
      lastLine = undefined;
    }
    if (lastLine?.line !== f.line) lastLine = { line: f.line, byRule: new Map() };
    let start = lastLine.byRule.get(f.rule);
    if (!start) {
      const key = `${f.rule}\0${uri}\0${normaliseLine(sources?.get(f.file)?.[f.line - 1] ?? '')}`;
      start = { key, lanes: fnvLanes(key) };
      lastLine.byRule.set(f.rule, start);
    }
    const occurrence = seen.get(start.key) ?? 0;
    seen.set(start.key, occurrence + 1);
    // fingerprintHash(`${key}\0${occurrence}`), the key's part hashed once.
    return fnvHex(fnvLanes(`\0${occurrence}`, start.lanes));
  };

  const resultOf = (f: Finding, sources: Sources | undefined): Result => {
    const artifactLocation = locationOf(f.file);
    return {
      ruleId: f.rule,
      ruleIndex: RULE_NAMES.indexOf(f.rule),
      level: f.severity,
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          artifactLocation,
          region: { startLine: f.line, startColumn: f.column },
        },
      }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, artifactLocation.uri, sources) },
    };
  };

  const run = {
    tool: { driver: { name: 'kyoto-parse', version: options.version, informationUri: helpBase?.replace(/#.*$/, ''), rules } },
    ...(placement === undefined ? {} : { originalUriBaseIds: { [SRCROOT]: { uri: placement.rootUri } } }),
    results: STREAMED_ARRAY,
    columnKind: 'unicodeCodePoints',
    invocations: LATE_VALUE,
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  } satisfies Omit<Log, 'runs'> & { runs: unknown[] };
  const document = new StreamedJson(log);

  let count = 0;
  /** The gzip-compressed size so far, as the sum of each part's: never less than the whole's. */
  let compressed = compressedSize(JSON.stringify(log));
  let dropped = 0;
  const add = ({ findings, sources }: { findings: readonly Finding[]; sources?: Sources }): string => {
    let results = findings.slice(0, Math.max(0, maxResults - count)).map((f) => resultOf(f, sources));
    let size = results.length ? compressedSize(JSON.stringify(results, null, 2)) : 0;
    while (results.length > 0 && compressed + size > maxBytes) {
      results = results.slice(0, Math.floor(results.length / 2));
      size = results.length ? compressedSize(JSON.stringify(results, null, 2)) : 0;
    }
    dropped += findings.length - results.length;
    count += results.length;
    compressed += size;
    return document.items(results);
  };

  const end = (): string => {
    const notifications: Notification[] = [];
    if (dropped > 0) {
      const text = `${dropped.toLocaleString('en')} of ${(count + dropped).toLocaleString('en')} results left out: GitHub code scanning accepts at most `
        + `${maxResults.toLocaleString('en')} results and ${(maxBytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 2 })} MB (compressed) per upload; `
        + 'the first ones are kept. --format json lists all.';
      notifications.push({ level: 'warning', message: { text }, descriptor: { id: 'results-capped' } });
      notify?.(text);
    }
    return document.end([{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }]);
  };

  return { start: () => '', add, end };
}

