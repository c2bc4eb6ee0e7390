// Choosing rules: `check --select/--ignore`, and the project configuration file `.kyoto-parse.json`
// (found upward, `--config FILE`, `--no-config`) with rule choices, aliases and vocabulary for
// every command, validated against the shipped schema; the command line overrides the file.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../src/check/rules.js';
import { findProjectConfig } from '../src/cli/project-config.js';
import { runCli } from './cli-in-process.js';

const root = join(import.meta.dirname, '..');
const FIX = join(root, 'fixtures/check');
const SEVERAL = join(FIX, 'several-faults.txt');
const UNKNOWN = join(FIX, 'unknown-code.txt');

interface JsonFinding { file: string; line: number; column: number; severity: string; rule: string; message: string }
const check = async (args: string[]) => {
  const run = await runCli(['check', '--format', 'json', ...args]);
  return { ...run, findings: run.stdout ? JSON.parse(run.stdout) as JsonFinding[] : [] };
};
const rules = (findings: JsonFinding[]) => findings.map((f) => f.rule);
const ALL = ['unclosed-group', 'unknown-code', 'empty-code-list', 'duplicate-code', 'aliased-code', 'paragraph-numbering'];

const startDir = process.cwd();
afterEach(() => process.chdir(startDir));

/** A project folder with the files given (name: content; objects as JSON), and a drafts/sub folder. */
function project(files: Record<string, unknown>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kyoto-config-')));
  mkdirSync(join(dir, 'drafts', 'sub'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('--select and --ignore', () => {
  it('all rules by default', async () => {
    expect(rules((await check([SEVERAL])).findings)).toEqual(ALL);
  });

  it('--select reports only the rules named', async () => {
    const { status, findings } = await check(['--select', 'aliased-code, duplicate-code', SEVERAL]);
    expect(rules(findings)).toEqual(['duplicate-code', 'aliased-code']);
    expect(status).toBe(0);
  });

  it('--ignore leaves the rules named out, and with them their exit status', async () => {
    const { status, findings } = await check(['--ignore', 'unclosed-group,unknown-code,empty-code-list', SEVERAL]);
    expect(rules(findings)).toEqual(['duplicate-code', 'aliased-code', 'paragraph-numbering']);
    expect(status).toBe(0);
  });

  it('both: the selected ones less the ignored ones', async () => {
    expect(rules((await check(['--select', 'aliased-code,unknown-code', '--ignore', 'unknown-code', SEVERAL])).findings)).toEqual(['aliased-code']);
  });

  it('--select of a --strict-only rule reports it (as a warning) without --strict', async () => {
    const draft = join(project({}), 'drafts', 'labels.txt');
    writeFileSync(draft, '1. We act [FRA; bananas: DEU].\n');
    expect((await check([draft])).findings).toEqual([]);
    const { findings, status } = await check(['--select', 'unknown-label', draft]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['unknown-label', 'warning']]);
    expect(status).toBe(0);
  });

  it('--strict still makes every reported finding an error', async () => {
    const { findings } = await check(['--strict', '--ignore', 'unknown-code', SEVERAL]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(rules(findings)).not.toContain('unknown-code');
  });

  for (const [option, value, message] of [
    ['--select', 'aliasd-code', "--select: 'aliasd-code' is not a rule; did you mean aliased-code?"],
    ['--ignore', 'duplicate-code,numbering', "--ignore: 'numbering' is not a rule; did you mean paragraph-numbering?"],
    ['--select', 'bananas', `--select: 'bananas' is not a rule (rules: ${RULE_NAMES.join(', ')})`],
  ]) {
    it(`${option} ${value}: a usage error with a suggestion, exit 2, no output`, async () => {
      const { status, stdout, stderr } = await check([option, value, SEVERAL]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`kyoto-parse: ${message}\n`);
    });
  }
});

describe('the configuration file', () => {
  it('found in the working directory or above, up to the filesystem root', async () => {
    const dir = project({ '.kyoto-parse.json': { rules: { 'aliased-code': 'off' } } });
    expect(findProjectConfig(join(dir, 'drafts', 'sub'))).toBe(join(dir, '.kyoto-parse.json'));
    expect(findProjectConfig('/')).toBeUndefined();
    for (const cwd of [dir, join(dir, 'drafts'), join(dir, 'drafts', 'sub')]) {
      process.chdir(cwd);
      expect(rules((await check([SEVERAL])).findings)).toEqual(ALL.filter((r) => r !== 'aliased-code'));
    }
  });

  it('the nearest one wins', async () => {
    const dir = project({ '.kyoto-parse.json': { rules: { 'aliased-code': 'off' } } });
    writeFileSync(join(dir, 'drafts', '.kyoto-parse.json'), JSON.stringify({ ignore: ['duplicate-code'] }));
    process.chdir(join(dir, 'drafts', 'sub'));
    expect(rules((await check([SEVERAL])).findings)).toEqual(ALL.filter((r) => r !== 'duplicate-code'));
  });

  it('severities: a warning made an error sets the exit status; an error made a warning does not', async () => {
    const dir = project({ '.kyoto-parse.json': { $schema: './node_modules/kyoto-parse/schema/kyoto-parse.schema.json', rules: { 'aliased-code': 'error', 'unknown-code': 'warning' } } });
    process.chdir(dir);
    const aliased = await check([join(FIX, 'aliased-code.txt')]);
    expect(aliased.status).toBe(1);
    expect(aliased.findings.every((f) => f.severity === 'error')).toBe(true);
    const unknown = await check([UNKNOWN]);
    expect(unknown.status).toBe(0);
    expect(unknown.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('select and ignore in the file; the command line overrides each', async () => {
    const dir = project({ '.kyoto-parse.json': { select: ['aliased-code', 'duplicate-code', 'unknown-code'], ignore: ['unknown-code'], rules: { 'paragraph-numbering': 'off' } } });
    process.chdir(dir);
    expect(rules((await check([SEVERAL])).findings)).toEqual(['duplicate-code', 'aliased-code']);
    // --ignore replaces the file's ignore; the file's select holds
    expect(rules((await check(['--ignore', 'duplicate-code', SEVERAL])).findings)).toEqual(['unknown-code', 'aliased-code']);
    // --select replaces the file's select, turns on a rule the file has off, and the file's ignore holds
    expect(rules((await check(['--select', 'paragraph-numbering,unknown-code,empty-code-list', SEVERAL])).findings)).toEqual(['empty-code-list', 'paragraph-numbering']);
    expect(rules((await check(['--select', 'unknown-code', '--ignore', 'aliased-code', SEVERAL])).findings)).toEqual(['unknown-code']);
    expect(rules((await check(['--no-config', SEVERAL])).findings)).toEqual(ALL);
  });

  it('--config FILE names one (relative to the working directory); --no-config reads none', async () => {
    const dir = project({ 'team.json': { ignore: ['unknown-code'] }, '.kyoto-parse.json': { ignore: ['aliased-code'] } });
    process.chdir(dir);
    expect(rules((await check(['--config', 'team.json', SEVERAL])).findings)).toEqual(ALL.filter((r) => r !== 'unknown-code'));
    expect(rules((await check([SEVERAL])).findings)).toEqual(ALL.filter((r) => r !== 'aliased-code'));
    expect(rules((await check(['--no-config', SEVERAL])).findings)).toEqual(ALL);
  });

  describe('aliases and vocabulary, for every command', () => {
    const aliases = { mode: 'extend', aliases: { XYZ: 'MEX' } };
    const vocabulary = { mode: 'extend', rows: [{ stance: 'delete', any: ['bananas'] }] };
    const draftOf = (dir: string) => {
      const draft = join(dir, 'drafts', 'draft.txt');
      writeFileSync(draft, '1. We act [FRA, XYZ; bananas: DEU].\n');
      return draft;
    };
    const records = async (args: string[]) => (await runCli([...args, '--format', 'csv'])).stdout;

    for (const [how, files] of [
      ['inline', { '.kyoto-parse.json': { aliases, vocabulary } }],
      ['as files relative to the configuration file', { '.kyoto-parse.json': { aliases: 'config/codes.json', vocabulary: 'config/sup.json' } }],
    ] as const) {
      it(`${how}: records, matrix and check read them, from a subfolder too`, async () => {
        const dir = project(files);
        mkdirSync(join(dir, 'config'));
        writeFileSync(join(dir, 'config', 'codes.json'), JSON.stringify(aliases));
        writeFileSync(join(dir, 'config', 'sup.json'), JSON.stringify(vocabulary));
        const draft = draftOf(dir);
        process.chdir(join(dir, 'drafts', 'sub'));
        const csv = await records([draft]);
        expect(csv).toMatch(/\bMEX\b/);
        expect(csv).toMatch(/\bDEU\b.*\bdelete\b/);
        expect((await runCli(['matrix', '--format', 'csv', draft])).stdout).toContain('MEX');
        const { findings } = await check(['--strict', draft]);
        expect(rules(findings)).toEqual(['aliased-code']);
        // --no-config: XYZ is unknown again, `bananas` not a delete
        expect(await records(['--no-config', draft])).not.toMatch(/\bMEX\b/);
      });
    }

    it('--aliases and --vocabulary override the file\'s', async () => {
      const dir = project({ '.kyoto-parse.json': { aliases, vocabulary }, 'other.json': { mode: 'extend', aliases: { XYZ: 'COL' } } });
      const draft = draftOf(dir);
      process.chdir(dir);
      const csv = await records(['--aliases', 'other.json', draft]);
      expect(csv).toMatch(/\bCOL\b/);
      expect(csv).not.toMatch(/\bMEX\b/);
      expect(csv).toMatch(/\bDEU\b.*\bdelete\b/);
    });
  });
});

describe('a malformed configuration: one line naming the file and the entry, exit 2, no output', () => {
  const cases: [string, unknown, string][] = [
    ['a bad severity', { rules: { 'aliased-code': 'of' } }, '.kyoto-parse.json: rules.aliased-code: must be "off", "warning" or "error"'],
    ['an unknown rule', { rules: { 'alias-code': 'off' } }, '.kyoto-parse.json: rules.alias-code: not a rule; did you mean aliased-code?'],
    ['an unknown rule in select', { select: ['duplicate-code', 'numbering'] }, '.kyoto-parse.json: select[1]: "numbering" is not a rule; did you mean paragraph-numbering?'],
    ['select not a list', { select: 'aliased-code' }, '.kyoto-parse.json: select: must be a list of rule names'],
    ['a rule twice', { ignore: ['aliased-code', 'aliased-code'] }, '.kyoto-parse.json: ignore: names a rule twice'],
    ['an unknown entry', { rule: {} }, '.kyoto-parse.json: rule: unknown entry (the entries are $schema, rules, select, ignore, aliases, vocabulary)'],
    ['aliases neither a file nor an object', { aliases: 3 }, '.kyoto-parse.json: aliases: must be a file name (relative to the configuration file) or an object'],
    ['not an object', ['aliased-code'], '.kyoto-parse.json: must be an object'],
    ['invalid JSON', '{ "rules": { "aliased-code": "off", } }', '.kyoto-parse.json: invalid JSON'],
    ['a missing aliases file', { aliases: 'codes.json' }, 'codes.json: file not found'],
    ['bad inline aliases', { aliases: { mode: 'merge' } }, '.kyoto-parse.json: aliases: '],
  ];
  for (const [what, content, message] of cases) {
    it(what, async () => {
      const dir = project({ '.kyoto-parse.json': content });
      process.chdir(dir);
      for (const args of [['check', SEVERAL], [SEVERAL], ['matrix', SEVERAL]]) {
        const { status, stdout, stderr } = await runCli(args);
        expect(status, args.join(' ')).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.startsWith(`kyoto-parse: ${message}`), stderr).toBe(true);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      }
    });
  }

  it('found above: named by its path from the working directory', async () => {
    const dir = project({ '.kyoto-parse.json': { rules: { 'aliased-code': 'loud' } } });
    process.chdir(join(dir, 'drafts', 'sub'));
    expect((await check([SEVERAL])).stderr).toBe('kyoto-parse: ../../.kyoto-parse.json: rules.aliased-code: must be "off", "warning" or "error"\n');
  });

  it('--config naming a missing file', async () => {
    const { status, stderr } = await check(['--config', 'no-such.json', SEVERAL]);
    expect(status).toBe(2);
    expect(stderr).toBe('kyoto-parse: no-such.json: file not found\n');
  });

  it('--no-config reads not even a malformed one', async () => {
    process.chdir(project({ '.kyoto-parse.json': '{' }));
    expect((await check(['--no-config', SEVERAL])).status).toBe(1);
  });
});

describe('the schema shipped in the package', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'kyoto-parse.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: true }).compile(schema);

  it('is a strict JSON schema that names every rule', () => {
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULE_NAMES);
    expect(schema.properties.select.items.enum).toEqual(RULE_NAMES);
    expect(schema.properties.ignore.items.enum).toEqual(RULE_NAMES);
  });

  it('accepts the README\'s example, which the CLI reads', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /```json\n(\{\n  "\$schema"[\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const config = JSON.parse(example![1]);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    const dir = project({ '.kyoto-parse.json': config, 'codes.json': { mode: 'extend', aliases: { GRB: 'GBR' } } });
    process.chdir(dir);
    expect((await check([SEVERAL])).status).not.toBe(2);
  });

  it('is in the package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schema');
    expect(pkg.dependencies.ajv).toBeDefined();
  });
});

describe('checkDraft\'s rules option (the library)', () => {
  it('turns rules off, changes their severity, turns on a --strict-only one; strict still makes errors', async () => {
    const { checkDraft } = await import('../src/check/findings.js');
    const text = readFileSync(SEVERAL, 'utf8');
    const pairs = (rules: Parameters<typeof checkDraft>[1]) => checkDraft(text, rules).map((f) => `${f.rule}:${f.severity}`);
    expect(pairs({ rules: { 'aliased-code': 'off', 'duplicate-code': 'error', 'unknown-code': 'warning' } })).toEqual([
      'unclosed-group:error', 'unknown-code:warning', 'empty-code-list:error', 'duplicate-code:error', 'paragraph-numbering:warning',
    ]);
    expect(pairs({ strict: true, rules: { 'aliased-code': 'off', 'unknown-code': 'warning' } }).every((p) => p.endsWith(':error'))).toBe(true);
    expect(checkDraft('1. We act [FRA; bananas: DEU].\n', { rules: { 'unknown-label': 'error' } }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['unknown-label:error']);
  });
});
