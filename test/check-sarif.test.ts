// `check --format sarif` for GitHub code scanning: valid against the SARIF 2.1.0 schema, help on
// every rule, locations relative to the repository root, fingerprints that survive unrelated
// edits, results capped at GitHub's limits.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RULE_NAMES, RULES } from '../src/check/rules.js';
import { FINGERPRINT_KEY, fingerprintHash, GITHUB_LIMITS, ruleDescriptor, sarifReport } from '../src/formatters/check/sarif.js';
import { gzippedSize, sarifPlacement } from '../src/cli/repository-root.js';
import { runCli } from './cli-in-process.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const root = join(import.meta.dirname, '..');
const FIX = 'fixtures/check';
const REFERENCE = 'fixtures/kyoto-6227-20-annexes.txt';
const CHECK_FIXTURES = readdirSync(join(root, FIX)).filter((name) => name.endsWith('.txt')).map((name) => `${FIX}/${name}`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const sarif = async (args: string[], env?: Record<string, string>) => {
  const run = await runCli(['check', '--format', 'sarif', ...args], { env });
  return { ...run, log: run.stdout ? JSON.parse(run.stdout) as Json : undefined };
};
const uris = (log: Json) => log.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation);

const startDir = process.cwd();
afterEach(() => process.chdir(startDir));

/** A fresh git-like repository (a `.git` folder) holding the given fixtures under drafts/. */
function repository(files: string[]): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kyoto-sarif-')));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'drafts', 'annex'), { recursive: true });
  for (const file of files) cpSync(join(root, file), join(dir, 'drafts', 'annex', file.split('/').pop()!));
  return dir;
}

describe('valid SARIF 2.1.0 (the schema, with ajv)', () => {
  it('the validator rejects what it should', () => {
    expect(sarifSchemaErrors({ version: '2.1.0' })).not.toEqual([]);
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: '' }, level: 'warn' }] }] })).not.toEqual([]);
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [] })).toEqual([]);
  });

  it('the reference draft', async () => {
    const { status, log } = await sarif([join(root, REFERENCE)]);
    expect(status).toBe(1);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThan(200);
  });

  it('every fixture of fixtures/check in one run, and under --strict', async () => {
    for (const strict of [[], ['--strict']]) {
      const { log } = await sarif([...strict, ...CHECK_FIXTURES]);
      expect(sarifSchemaErrors(log)).toEqual([]);
      expect(new Set(log.runs[0].results.map((r: Json) => r.ruleId)).size).toBeGreaterThan(8);
    }
  });

  it('each fixture alone, a clean one included', async () => {
    for (const file of CHECK_FIXTURES) expect(sarifSchemaErrors((await sarif([file])).log), file).toEqual([]);
  });

  it('with rules help links, and with the results capped', () => {
    const report = sarifReport({ version: '1.2.3', placement: sarifPlacement(root, root), compressedSize: gzippedSize, helpBase: 'https://example.org/kyoto-parse#readme', maxResults: 1 });
    const findings = [1, 2].map((line) => ({ file: `${FIX}/x.txt`, line, column: 1, severity: 'error' as const, rule: 'stray-closer' as const, message: 'm' }));
    const log = JSON.parse(report.start() + report.add({ findings }) + report.end());
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(1);
  });
});

describe('rules', () => {
  it('every rule has a short and a full description and help in text and Markdown', async () => {
    const { log } = await sarif([`${FIX}/clean.txt`]);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: Json) => r.id)).toEqual(RULE_NAMES);
    expect(rules.length).toBeLessThanOrEqual(GITHUB_LIMITS.rules);
    for (const rule of rules) {
      expect(rule.shortDescription.text).toBe(RULES[rule.id as keyof typeof RULES].description);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text).toContain(rule.shortDescription.text);
      expect(rule.help.markdown).toContain('```');
      expect(rule.defaultConfiguration.level).toBe(RULES[rule.id as keyof typeof RULES].severity);
    }
  });

  it('helpUri is the rule\'s anchor in the README at the package homepage; none without one', () => {
    const withBase = ruleDescriptor('aliased-code', 'https://example.org/kyoto-parse#readme');
    expect(withBase.helpUri).toBe('https://example.org/kyoto-parse#rule-aliased-code');
    expect(withBase.help!.markdown).toContain('(https://example.org/kyoto-parse#rule-aliased-code)');
    const without = ruleDescriptor('aliased-code');
    expect(without.helpUri).toBeUndefined();
    expect(without.help!.text).toBeTruthy();
  });

  it('the CLI gives helpUri exactly when package.json has an http(s) homepage', async () => {
    const { homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { log } = await sarif([`${FIX}/clean.txt`]);
    for (const rule of log.runs[0].tool.driver.rules) {
      if (typeof homepage === 'string' && /^https?:/.test(homepage)) expect(rule.helpUri).toMatch(/#rule-/);
      else expect(rule.helpUri).toBeUndefined();
    }
  });

  it('the README has the anchor of every rule', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of RULE_NAMES) expect(readme, name).toContain(`<a id="rule-${name}"></a>`);
  });
});

describe('locations relative to the repository root', () => {
  const files = ['fixtures/check/several-faults.txt', 'fixtures/check/unknown-code.txt'];

  it('from the root, from a subfolder, and with absolute inputs: the same URIs under %SRCROOT%', async () => {
    const repo = repository(files);
    const expected = [...Array(6).fill('drafts/annex/several-faults.txt'), 'drafts/annex/unknown-code.txt'];
    process.chdir(repo);
    const fromRoot = await sarif(files.map((f) => `drafts/annex/${f.split('/').pop()}`));
    process.chdir(join(repo, 'drafts', 'annex'));
    const fromSub = await sarif(files.map((f) => f.split('/').pop()!));
    const absolute = await sarif(files.map((f) => join(repo, 'drafts', 'annex', f.split('/').pop()!)));
    process.chdir(join(repo, 'drafts'));
    const fromSide = await sarif(files.map((f) => `../drafts/annex/${f.split('/').pop()}`));
    for (const { log } of [fromRoot, fromSub, absolute, fromSide]) {
      expect(uris(log).map((l: Json) => l.uri)).toEqual(expected);
      expect(uris(log).every((l: Json) => l.uriBaseId === '%SRCROOT%')).toBe(true);
      expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(repo).href}/`);
      expect(sarifSchemaErrors(log)).toEqual([]);
    }
    expect(fromSub.stdout).toBe(fromRoot.stdout);
    expect(absolute.stdout).toBe(fromRoot.stdout);
  });

  it('a worktree or submodule (`.git` is a file) is a root too', async () => {
    const repo = repository(files);
    const inner = join(repo, 'drafts');
    writeFileSync(join(inner, '.git'), 'gitdir: ../.git/worktrees/drafts\n');
    process.chdir(join(inner, 'annex'));
    expect(uris((await sarif(['several-faults.txt'])).log)[0].uri).toBe('annex/several-faults.txt');
  });

  it('--sarif-root DIR sets the root; a file outside it gets an absolute file URI', async () => {
    const repo = repository(files);
    process.chdir(join(repo, 'drafts'));
    const { log } = await sarif(['--sarif-root', 'annex', 'annex/several-faults.txt', join(root, FIX, 'unknown-code.txt')]);
    const locations = uris(log);
    expect(locations[0]).toEqual({ uri: 'several-faults.txt', uriBaseId: '%SRCROOT%' });
    expect(locations.at(-1)).toEqual({ uri: pathToFileURL(realpathSync(join(root, FIX, 'unknown-code.txt'))).href });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('--sarif-root naming no folder is a usage error before any output', async () => {
    const { status, stdout, stderr } = await sarif(['--sarif-root', 'no/such/dir', `${FIX}/clean.txt`]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("kyoto-parse: --sarif-root: 'no/such/dir': no such folder\n");
  });

  it('in this repository: fixtures relative to its root', async () => {
    process.chdir(join(root, 'fixtures'));
    expect(uris((await sarif(['check/unknown-code.txt'])).log)[0]).toEqual({ uri: `${FIX}/unknown-code.txt`, uriBaseId: '%SRCROOT%' });
  });
});

describe('partialFingerprints', () => {
  const fingerprints = (log: Json) => log.runs[0].results.map((r: Json) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);

  it('unchanged when a line is inserted above (the line numbers move, the fingerprints do not)', async () => {
    const repo = repository([REFERENCE]);
    process.chdir(repo);
    const file = 'drafts/annex/kyoto-6227-20-annexes.txt';
    const before = (await sarif([file])).log;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `A note added at the top by the secretariat.\n\n${text}`);
    const after = (await sarif([file])).log;
    expect(after.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.region.startLine))
      .toEqual(before.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.region.startLine + 2));
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('distinct for every result of the reference draft, even for equal lines and several findings on one line', async () => {
    const { log } = await sarif([REFERENCE]);
    const all = fingerprints(log);
    expect(new Set(all).size).toBe(all.length);
  });

  // The hash of a line's key is continued for each of its findings (a line of 100,000 codes has
  // 100,000): each fingerprint is still the hash of rule, URI, the line's text and the occurrence.
  it('is fingerprintHash of the rule, the URI, the line (space folded) and how often that was seen before, many findings on one line', async () => {
    const line = `1. Strengthen  cooperation [${Array.from({ length: 300 }, (_, i) => `X${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`).join(',')}, FRA, FRA]  `;
    const file = join(mkdtempSync(join(tmpdir(), 'kyoto-sarif-')), 'many.txt');
    writeFileSync(file, `${line}\n\n${line}\n`);
    const { log } = await sarif([file]);
    const results = log.runs[0].results as Json[];
    expect(results.length).toBeGreaterThan(600);
    const seen = new Map<string, number>();
    for (const r of results) {
      const key = `${r.ruleId}\0${r.locations[0].physicalLocation.artifactLocation.uri}\0${line.replace(/\s+/g, ' ').trim()}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toBe(fingerprintHash(`${key}\0${occurrence}`));
    }
  });

  it('a finding on an edited line changes, the others stay; space at the ends or doubled is no edit', async () => {
    const repo = repository(['fixtures/check/several-faults.txt']);
    process.chdir(repo);
    const file = 'drafts/annex/several-faults.txt';
    const before = fingerprints((await sarif([file])).log);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[12] = `  ${lines[12].replace(' ', '   ')}  \r`;
    lines[4] = `${lines[4]} more words`;
    writeFileSync(file, lines.join('\n'));
    const after = fingerprints((await sarif([file])).log);
    expect(after.filter((f: string, i: number) => f !== before[i])).toHaveLength(1);
  });
});

describe('the cap', () => {
  it('past the results cap: the first results kept, a notification in the log, a line on stderr', async () => {
    const { status, log, stderr } = await sarif(['--sarif-max-results', '100', REFERENCE, `${FIX}/unknown-code.txt`]);
    expect(status).toBe(1);
    const total = (await sarif([REFERENCE, `${FIX}/unknown-code.txt`])).log.runs[0].results;
    expect(log.runs[0].results).toEqual(total.slice(0, 100));
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toMatch(new RegExp(`^${total.length - 100} of ${total.length} results left out`));
    expect(stderr).toBe(`kyoto-parse: ${notes[0].message.text}\n`);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('no notification and nothing on stderr under the cap', async () => {
    const { log, stderr } = await sarif([REFERENCE]);
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(stderr).toBe('');
  });

  it('GitHub\'s 25,000 by default: 120 copies of the reference draft', () => {
    // 120 × 231 findings = 27,720 (the count); the findings are made once and added per copy.
    const findings = Array.from({ length: 231 }, (_, i) => ({ file: 'x', line: i + 1, column: 1, severity: 'warning' as const, rule: 'aliased-code' as const, message: '`UK` is an alias: write `GBR` (United Kingdom)' }));
    const notes: string[] = [];
    const report = sarifReport({ version: '1', compressedSize: gzippedSize, notify: (m) => notes.push(m) });
    let text = report.start();
    for (let copy = 0; copy < 120; copy++) text += report.add({ findings: findings.map((f) => ({ ...f, file: `copy-${copy}.txt` })) });
    text += report.end();
    const log = JSON.parse(text);
    expect(log.runs[0].results).toHaveLength(GITHUB_LIMITS.results);
    expect(notes).toEqual([`2,720 of 27,720 results left out: GitHub code scanning accepts at most 25,000 results and 10 MB (compressed) per upload; the first ones are kept. --format json lists all.`]);
  });

  it('the compressed size: results stop before the byte limit', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => ({ file: `f${i}.txt`, line: i + 1, column: 1, severity: 'warning' as const, rule: 'aliased-code' as const, message: `m${Math.random()}${Math.random()}` }));
    const report = sarifReport({ version: '1', maxBytes: 40_000, compressedSize: gzippedSize });
    const text = report.start() + report.add({ findings }) + report.end();
    const log = JSON.parse(text);
    const kept = log.runs[0].results.length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(2000);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(new RegExp(`^${(2000 - kept).toLocaleString('en')} of 2,000`));
  });
});
