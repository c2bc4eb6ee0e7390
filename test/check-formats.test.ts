// The report formats of `check`, on hand-made findings (no parsing involved).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/check/findings.js';
import type { FindingsReport, Sources } from '../src/formatters/check/findings-report.js';
import { githubReport } from '../src/formatters/check/github.js';
import { jsonReport } from '../src/formatters/check/json.js';
import { sarifReport, type SarifOptions } from '../src/formatters/check/sarif.js';
import { textReport, type TextOptions } from '../src/formatters/check/text.js';
import { RULES, type RuleName } from '../src/check/rules.js';

/** A whole report at once: every finding added, then the end. */
const wholeReport = (report: FindingsReport, findings: readonly Finding[], sources?: Sources) => report.start() + report.add({ findings, sources }) + report.end();
const formatFindingsGithub = (findings: readonly Finding[]) => wholeReport(githubReport(), findings);
const formatFindingsJson = (findings: readonly Finding[]) => wholeReport(jsonReport(), findings);
const formatFindingsSarif = (findings: readonly Finding[], options: SarifOptions) => wholeReport(sarifReport(options), findings);
const formatFindingsText = (findings: readonly Finding[], options: TextOptions & { sources: Sources }) => wholeReport(textReport(options), findings, options.sources);

const finding = (over: Partial<Finding> & Pick<Finding, 'rule'>): Finding => ({
  file: 'drafts/a.txt', line: 1, column: 1, severity: RULES[over.rule].severity, message: 'message', ...over,
});

const noColour = new Chalk({ level: 0 });

describe('github', () => {
  it('writes one workflow command per finding', () => {
    const out = formatFindingsGithub([
      finding({ rule: 'unknown-code', line: 13, column: 95, message: '`XYZ` is not a delegation code' }),
      finding({ rule: 'aliased-code', line: 9, column: 4, message: '`UK` is an alias: write `GBR` (United Kingdom)' }),
    ]);
    expect(out).toBe(
      '::error file=drafts/a.txt,line=13,col=95,title=unknown-code::`XYZ` is not a delegation code\n' +
      '::warning file=drafts/a.txt,line=9,col=4,title=aliased-code::`UK` is an alias: write `GBR` (United Kingdom)\n',
    );
  });

  it('escapes %, CR and LF in the message, and also `:` and `,` in the file property', () => {
    const out = formatFindingsGithub([
      finding({ file: 'drafts/a,b:c.txt', rule: 'empty-code-list', line: 2, column: 3, message: '50% done\r\nnext: line, then more' }),
    ]);
    expect(out).toBe('::error file=drafts/a%2Cb%3Ac.txt,line=2,col=3,title=empty-code-list::50%25 done%0D%0Anext: line, then more\n');
  });

  it('escapes % before the rest, so an escape sequence in a name is not taken for one', () => {
    const out = formatFindingsGithub([finding({ file: 'drafts/100%3A,x.txt', rule: 'stray-closer', message: 'a %0A b' })]);
    expect(out).toBe('::error file=drafts/100%253A%2Cx.txt,line=1,col=1,title=stray-closer::a %250A b\n');
  });

  it('escapes the title property as well (`:` and `,` in a rule name)', () => {
    const odd = { ...finding({ rule: 'stray-closer' }), rule: 'a:b,c' } as unknown as Finding;
    expect(formatFindingsGithub([odd])).toBe('::error file=drafts/a.txt,line=1,col=1,title=a%3Ab%2Cc::message\n');
  });

  it('the severity under --strict is what the finding says', () => {
    const strict = finding({ rule: 'duplicate-code', severity: 'error' });
    expect(formatFindingsGithub([strict])).toMatch(/^::error /);
  });

  it('writes nothing for no findings', () => {
    expect(formatFindingsGithub([])).toBe('');
  });
});

describe('json', () => {
  it('is an array of objects with exactly the six fields, in order', () => {
    const extra = { ...finding({ rule: 'unknown-code', line: 2, column: 5 }), extra: 'dropped' } as Finding;
    const parsed = JSON.parse(formatFindingsJson([extra]));
    expect(parsed).toEqual([{ file: 'drafts/a.txt', line: 2, column: 5, severity: 'error', rule: 'unknown-code', message: 'message' }]);
    expect(Object.keys(parsed[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
  });

  it('is `[]` for no findings', () => {
    expect(JSON.parse(formatFindingsJson([]))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

const LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * The properties SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) requires, and the constraints
 * on the ones a result uses: returns the violations, [] for a valid log.
 */
function sarifViolations(log: any): string[] {
  const errors: string[] = [];
  const fail = (path: string, what: string) => errors.push(`${path}: ${what}`);
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isIntAtLeast = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;
  if (!isObject(log)) return ['log: not an object'];
  if (log.version !== '2.1.0') fail('version', 'must be "2.1.0"');
  if (log.$schema !== undefined && typeof log.$schema !== 'string') fail('$schema', 'must be a string');
  if (!Array.isArray(log.runs)) return [...errors, 'runs: required array'];
  log.runs.forEach((run: any, r: number) => {
    const at = `runs[${r}]`;
    if (!isObject(run)) return fail(at, 'not an object');
    if (!isObject(run.tool)) return fail(`${at}.tool`, 'required object');
    if (!isObject(run.tool.driver)) return fail(`${at}.tool.driver`, 'required object');
    const driver = run.tool.driver;
    if (typeof driver.name !== 'string' || driver.name === '') fail(`${at}.tool.driver.name`, 'required string');
    const rules: any[] = driver.rules ?? [];
    if (!Array.isArray(rules)) fail(`${at}.tool.driver.rules`, 'must be an array');
    rules.forEach((rule, i) => {
      if (!isObject(rule) || typeof rule.id !== 'string') fail(`${at}.tool.driver.rules[${i}].id`, 'required string');
      const level = rule?.defaultConfiguration?.level;
      if (level !== undefined && !LEVELS.includes(level)) fail(`${at}.tool.driver.rules[${i}].defaultConfiguration.level`, `bad level ${level}`);
    });
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind)) fail(`${at}.columnKind`, 'bad value');
    if (run.results === undefined) return;
    if (!Array.isArray(run.results)) return fail(`${at}.results`, 'must be an array');
    run.results.forEach((result: any, i: number) => {
      const rat = `${at}.results[${i}]`;
      if (!isObject(result)) return fail(rat, 'not an object');
      if (!isObject(result.message)) fail(`${rat}.message`, 'required object');
      else if (typeof result.message.text !== 'string' && typeof result.message.id !== 'string') fail(`${rat}.message`, 'needs text or id');
      if (result.level !== undefined && !LEVELS.includes(result.level)) fail(`${rat}.level`, `bad level ${result.level}`);
      if (result.ruleIndex !== undefined) {
        if (!isIntAtLeast(result.ruleIndex, -1)) fail(`${rat}.ruleIndex`, 'must be an integer >= -1');
        else if (result.ruleIndex >= 0 && rules[result.ruleIndex]?.id !== result.ruleId) fail(`${rat}.ruleIndex`, 'does not point at ruleId');
      }
      (result.locations ?? []).forEach((location: any, l: number) => {
        const physical = location?.physicalLocation;
        if (physical === undefined) return;
        const lat = `${rat}.locations[${l}].physicalLocation`;
        const uri = physical.artifactLocation?.uri;
        if (uri !== undefined && typeof uri !== 'string') fail(`${lat}.artifactLocation.uri`, 'must be a string');
        const region = physical.region;
        if (region !== undefined) {
          for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
            if (region[key] !== undefined && !isIntAtLeast(region[key], 1)) fail(`${lat}.region.${key}`, 'must be an integer >= 1');
          }
        }
      });
    });
  });
  return errors;
}

/** RFC 3986 URI-reference characters: unreserved, reserved, and %XX escapes only. */
const isUriReference = (uri: string) => /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(uri);

describe('sarif', () => {
  const findings: Finding[] = [
    finding({ file: 'drafts/annex-1.txt', rule: 'unknown-code', line: 13, column: 95, message: '`XYZ` is not a delegation code' }),
    finding({ file: 'drafts/annex-1.txt', rule: 'aliased-code', line: 9, column: 4, message: '`UK` is an alias' }),
    finding({ file: 'drafts/annex-1.txt', rule: 'unknown-label', line: 2, column: 7, severity: 'error', message: 'label `bananas`' }),
  ];
  const log = JSON.parse(formatFindingsSarif(findings, { version: '1.2.3' }));
  const ruleNames = Object.keys(RULES) as RuleName[];

  it('is a valid SARIF 2.1.0 log (required properties and value constraints)', () => {
    expect(sarifViolations(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(typeof log.$schema).toBe('string');
    expect(log.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/);
    expect(log.runs).toHaveLength(1);
  });

  it('the validator catches what it should', () => {
    expect(sarifViolations({ version: '2.1.0' })).not.toEqual([]);
    expect(sarifViolations({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(sarifViolations({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).not.toEqual([]);
    expect(sarifViolations({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'a' }] } }, results: [{ ruleId: 'b', ruleIndex: 0, message: { text: '' } }] }] })).not.toEqual([]);
    expect(sarifViolations({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: '' }, level: 'warn' }] }] })).not.toEqual([]);
  });

  it('names the tool and its version, and lists every rule of RULES with an id', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('kyoto-parse');
    expect(driver.version).toBe('1.2.3');
    expect(Array.isArray(driver.rules)).toBe(true);
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(ruleNames);
    for (const rule of driver.rules) {
      expect(rule.defaultConfiguration.level).toBe(RULES[rule.id as RuleName].severity);
      expect(typeof rule.shortDescription.text).toBe('string');
    }
  });

  it('each result has a ruleId of the rules, a ruleIndex pointing at it, a level, a message and a location', () => {
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(findings.length);
    results.forEach((result: any, i: number) => {
      const f = findings[i];
      expect(ruleNames).toContain(result.ruleId);
      expect(result.ruleId).toBe(f.rule);
      expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(LEVELS).toContain(result.level);
      expect(result.level).toBe(f.severity);
      expect(result.message.text).toBe(f.message);
      const physical = result.locations[0].physicalLocation;
      expect(physical.artifactLocation.uri).toBe('drafts/annex-1.txt');
      expect(physical.region.startLine).toBe(f.line);
      expect(physical.region.startColumn).toBe(f.column);
      expect(physical.region.startLine).toBeGreaterThanOrEqual(1);
      expect(physical.region.startColumn).toBeGreaterThanOrEqual(1);
    });
  });

  it('columns are counted as the findings count them (characters, not UTF-16 units)', () => {
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
  });

  it('a clean run is valid with an empty results array', () => {
    const empty = JSON.parse(formatFindingsSarif([], { version: '1.2.3' }));
    expect(sarifViolations(empty)).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toHaveLength(ruleNames.length);
  });

  it('standard input and Windows paths give usable URIs', () => {
    const out = JSON.parse(formatFindingsSarif([
      finding({ file: '-', rule: 'stray-closer' }),
      finding({ file: 'drafts\\annex-1.txt', rule: 'stray-closer' }),
    ], { version: '1.2.3' }));
    const uris = out.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris[1]).toBe('drafts/annex-1.txt');
    for (const uri of uris) expect(isUriReference(uri)).toBe(true);
  });

  it('artifactLocation.uri is a valid URI reference: a space or `%` in a file name is percent-encoded', () => {
    const out = JSON.parse(formatFindingsSarif([finding({ file: 'drafts/annex 1 (50%).txt', rule: 'stray-closer' })], { version: '1.2.3' }));
    const uri: string = out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(isUriReference(uri)).toBe(true);
    expect(decodeURIComponent(uri)).toBe('drafts/annex 1 (50%).txt');
  });
});

// ---------------------------------------------------------------------------------------------
// text

describe('text', () => {
  const render = (findings: Finding[], sources: Record<string, string>, options: { maxPerRule?: number; width?: number } = {}) =>
    formatFindingsText(findings, {
      chalk: noColour,
      sources: new Map(Object.entries(sources).map(([file, text]) => [file, text.split('\n')])),
      ...options,
    });

  /** Column (1-based, in characters) of `needle` in `line`. */
  const col = (line: string, needle: string) => [...line.slice(0, line.indexOf(needle))].length + 1;

  it('a finding, the line and a caret under the column, then the summary', () => {
    const line = '1. We act [FRA, XYZ].';
    const out = render([finding({ rule: 'unknown-code', column: col(line, 'XYZ'), message: '`XYZ` is not a delegation code' })], { 'drafts/a.txt': line });
    expect(out).toBe([
      'drafts/a.txt:1:17 error unknown-code `XYZ` is not a delegation code',
      '1 | 1. We act [FRA, XYZ].',
      `${' '.repeat(4 + 16)}^`,
      '1 error, 0 warnings in 1 file (unknown-code ×1)',
      '',
    ].join('\n'));
  });

  it('"No findings." when there are none', () => {
    expect(render([], {})).toBe('No findings.\n');
  });

  it('a finding with no source line is listed without an excerpt', () => {
    const out = render([finding({ rule: 'stray-closer', line: 7, column: 2 })], {});
    expect(out).toBe('drafts/a.txt:7:2 error stray-closer message\n1 error, 0 warnings in 1 file (stray-closer ×1)\n');
  });

  for (const [what, line] of [
    ['curly quotes (multi-byte in UTF-8)', '12. We add “as appropriate” and “where relevant” [FRA, XYZ].'],
    ['an emoji (two UTF-16 units)', '12. We 😀 agree 🇯🇵 here [FRA, XYZ].'],
    ['precomposed accented letters', '12. Économie, société, coopération [FRA, XYZ].'],
  ] as const) {
    it(`the caret sits under the column after ${what}`, () => {
      const column = col(line, 'XYZ');
      const out = render([finding({ rule: 'unknown-code', line: 12, column })], { 'drafts/a.txt': `\n`.repeat(11) + line }).split('\n');
      expect(out[1]).toBe(`12 | ${line}`);
      const caret = out[2];
      expect(caret).toMatch(/^ *\^$/);
      // the caret is as many characters in as the column is in the shown line
      expect(caret.length - 1).toBe('12 | '.length + column - 1);
      expect([...out[1]][caret.length - 1]).toBe('X');
    });
  }

  describe('a long line is excerpted with `…`', () => {
    const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const line = `5. ${filler(30, 'alpha')} “quoted” [FRA, XYZ] ${filler(30, 'omega')}.`;
    const column = col(line, 'XYZ');

    it('around the column, with `…` at both ends, the caret on the fault, within the width', () => {
      const out = render([finding({ rule: 'unknown-code', line: 1, column })], { 'drafts/a.txt': line }, { width: 80 }).split('\n');
      const excerpt = out[1];
      const shown = excerpt.slice('1 | '.length);
      expect(shown.startsWith('…')).toBe(true);
      expect(shown.endsWith('…')).toBe(true);
      expect([...excerpt].length).toBeLessThanOrEqual(80);
      expect(line).toContain(shown.slice(1, -1));
      const caret = out[2].length - 1;
      expect(out[2]).toMatch(/^ *\^$/);
      expect([...excerpt][caret]).toBe('X');
      expect([...excerpt].slice(caret, caret + 3).join('')).toBe('XYZ');
    });

    it('near the start: no leading `…`', () => {
      const out = render([finding({ rule: 'unknown-code', line: 1, column: 4 })], { 'drafts/a.txt': line }, { width: 80 }).split('\n');
      expect(out[1].startsWith('1 | 5. alpha0')).toBe(true);
      expect(out[1].endsWith('…')).toBe(true);
      expect(out[2]).toBe(`${' '.repeat('1 | '.length + 3)}^`);
    });

    it('near the end: no trailing `…`, the caret still on the fault', () => {
      const end = [...line].length;
      const out = render([finding({ rule: 'unknown-code', line: 1, column: end })], { 'drafts/a.txt': line }, { width: 80 }).split('\n');
      expect(out[1].startsWith('1 | …')).toBe(true);
      expect(out[1].endsWith('omega29.')).toBe(true);
      expect([...out[1]][out[2].length - 1]).toBe('.');
    });

    it('a wide terminal shows the whole line', () => {
      const out = render([finding({ rule: 'unknown-code', line: 1, column })], { 'drafts/a.txt': line }, { width: 1000 }).split('\n');
      expect(out[1]).toBe(`1 | ${line}`);
      expect(out[2]).toBe(`${' '.repeat('1 | '.length + column - 1)}^`);
    });
  });

  describe('maxPerRule', () => {
    const source = Array.from({ length: 9 }, (_, i) => `${i + 1}. Para [UK].`).join('\n');
    const aliases = Array.from({ length: 7 }, (_, i) => finding({ rule: 'aliased-code', line: i + 1, column: 10 }));
    const stray = finding({ rule: 'stray-closer', line: 9, column: 12 });
    const headers = (out: string) => out.split('\n').filter((l) => /^drafts\/\S+:\d+:\d+ /.test(l));

    it('by default lists 5 findings per rule and file, and says how many more there are', () => {
      const out = render([...aliases, stray], { 'drafts/a.txt': source });
      expect(headers(out).map((l) => l.split(' ')[0])).toEqual([
        'drafts/a.txt:1:10', 'drafts/a.txt:2:10', 'drafts/a.txt:3:10', 'drafts/a.txt:4:10', 'drafts/a.txt:5:10', 'drafts/a.txt:9:12',
      ]);
      const tail = out.trimEnd().split('\n').slice(-2);
      expect(tail[0]).toBe('1 error, 7 warnings in 1 file (aliased-code ×7, stray-closer ×1)');
      expect(tail[1]).toMatch(/^2 more not listed /);
    });

    it('maxPerRule 2 hides the rest of each rule', () => {
      const out = render([...aliases, stray], { 'drafts/a.txt': source }, { maxPerRule: 2 });
      expect(headers(out)).toHaveLength(3);
      expect(out).toContain('\n5 more not listed ');
    });

    it('counts per file: two files with 2 findings each are all listed under maxPerRule 2', () => {
      const two = [
        finding({ file: 'drafts/a.txt', rule: 'aliased-code', line: 1, column: 10 }),
        finding({ file: 'drafts/a.txt', rule: 'aliased-code', line: 2, column: 10 }),
        finding({ file: 'drafts/b.txt', rule: 'aliased-code', line: 1, column: 10 }),
        finding({ file: 'drafts/b.txt', rule: 'aliased-code', line: 2, column: 10 }),
      ];
      const out = render(two, { 'drafts/a.txt': source, 'drafts/b.txt': source }, { maxPerRule: 2 });
      expect(headers(out)).toHaveLength(4);
      expect(out).not.toContain('more not listed');
      expect(out.trimEnd().split('\n').pop()).toBe('0 errors, 4 warnings in 2 files (aliased-code ×4)');
    });

    it('0 lists every finding and no "more" line', () => {
      const out = render([...aliases, stray], { 'drafts/a.txt': source }, { maxPerRule: 0 });
      expect(headers(out)).toHaveLength(8);
      expect(out).not.toContain('more not listed');
    });

    it('the summary counts hidden findings too', () => {
      const out = render([...aliases, stray], { 'drafts/a.txt': source }, { maxPerRule: 1 });
      expect(out).toContain('1 error, 7 warnings in 1 file (aliased-code ×7, stray-closer ×1)');
      expect(out).toContain('\n6 more not listed ');
    });
  });

  it('colours only through the chalk it is given', () => {
    const f = [finding({ rule: 'unknown-code', column: 3 })];
    const sources = new Map([['drafts/a.txt', ['1. XYZ']]]);
    const plain = formatFindingsText(f, { chalk: noColour, sources });
    const coloured = formatFindingsText(f, { chalk: new Chalk({ level: 1 }), sources });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

// ---------------------------------------------------------------------------------------------
// written file by file

describe('every format written file by file', () => {
  // `check` adds each file's findings as that file is done: the slices must not change the text.
  const files = ['drafts/a.txt', 'drafts/b.txt', 'drafts/c.txt'];
  const sources = new Map(files.map((file) => [file, ['1. We act [FRA, XYZ].', '2. Again [UK].', '3. More [GRB; :].']]));
  const findings: Finding[] = files.flatMap((file, f) => Array.from({ length: 4 + 3 * f }, (_, i) => finding({
    file, rule: (['unknown-code', 'aliased-code', 'empty-code-list'] as const)[i % 3], line: 1 + (i % 3), column: 1 + i,
  })));
  const reports = {
    text: () => textReport({ chalk: noColour, maxPerRule: 2 }),
    json: () => jsonReport(),
    github: () => githubReport(),
    sarif: () => sarifReport({ version: '1.2.3' }),
  };

  for (const [name, report] of Object.entries(reports)) {
    it(`${name}: the findings added file by file make the whole report`, () => {
      const streamed = report();
      const head = streamed.start();
      const byFile = files.map((file) => streamed.add({ findings: findings.filter((f) => f.file === file), sources: new Map([[file, sources.get(file)!]]) }));
      expect(head + byFile.join('') + streamed.end()).toBe(wholeReport(report(), findings, sources));
      // Each file's part holds that file's findings, none of the others' (the text format names
      // each finding's file; the machine formats name the file in every item).
      expect(byFile.every((part, i) => part.includes(files[i]) && files.every((other, j) => j === i || !part.includes(other)))).toBe(true);
    });
  }

  it('text: the summary counts every file, and at most maxPerRule findings per rule and file are listed', () => {
    const text = reports.text();
    const listed = files.map((file) => text.add({ findings: findings.filter((f) => f.file === file), sources })).join('');
    // Per file, rules in turn (unknown, aliased, empty): a 2+1+1, b 3+2+2, c 4+3+3; at most 2 of each listed.
    expect(listed.split('\n').filter((line) => line.startsWith('drafts/'))).toHaveLength(4 + 6 + 6);
    expect(text.end()).toBe('15 errors, 6 warnings in 3 files (unknown-code ×9, aliased-code ×6, empty-code-list ×6)\n'
      + '5 more not listed (at most a few per rule and file; --max-per-rule 0 or --format json lists all)\n');
  });
});
