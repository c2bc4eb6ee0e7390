import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDraft } from '../src/api.js';
import { CodeTable, loadCodeTable } from '../src/records/codes.js';
import { ConfigError } from '../src/errors.js';
import { jsonSource } from '../src/cli/json-file.js';

const table = loadCodeTable();
const tmp = mkdtempSync(join(tmpdir(), 'kyoto-codes-'));
let fileCount = 0;
function userFile(content: unknown): string {
  const file = join(tmp, `aliases-${++fileCount}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
/** As the CLI passes --FILE: read (a missing file or bad JSON throws ConfigError there), then loaded. */
const load = (file: string) => loadCodeTable(jsonSource(file));

describe('the code table of NOTATION.md', () => {
  it.each([
    ['UK', 'GBR', 'United Kingdom'],
    ['NDL', 'NLD', 'Netherlands (Kingdom of the)'],
    ['ALG', 'DZA', 'Algeria'],
    ['CRO', 'HRV', 'Croatia'],
    ['POR', 'PRT', 'Portugal'],
    ['HON', 'HND', 'Honduras'],
    ['NZ', 'NZL', 'New Zealand'],
  ])('%s is an alias of %s (%s)', (raw, canonical, name) => {
    expect(table.lookup(raw)).toEqual({ raw, canonical, name, kind: 'country', alias: true });
  });

  it('QTA is a typo for QAT that warrants a warning', () => {
    const info = table.lookup('QTA');
    expect(info).toMatchObject({ raw: 'QTA', canonical: 'QAT', name: 'Qatar', kind: 'country', alias: true });
    expect(info?.warning).toMatch(/typo/);
    expect(table.lookup('NDL')?.warning).toBeUndefined();
  });

  it.each([
    ['GBR', 'United Kingdom'],
    ['NLD', 'Netherlands (Kingdom of the)'],
    ['QAT', 'Qatar'],
    ['VAT', 'Holy See'],
    ['RUS', 'Russian Federation'],
    ['USA', 'United States of America'],
  ])('ISO code %s stands for itself: %s', (raw, name) => {
    expect(table.lookup(raw)).toEqual({ raw, canonical: raw, name, kind: 'country', alias: false });
  });

  it.each([
    ['EU', 'European Union'],
    ['AG', 'African Group'],
  ])('%s is a group: %s', (raw, name) => {
    expect(table.lookup(raw)).toEqual({ raw, canonical: raw, name, kind: 'group', alias: false });
  });

  it.each(['ALT', 'OPI', 'XYZ', 'PP', 'OP', 'NEW', 'ICCS', 'gbr', 'Gbr', 'G', '', 'GB1', ' GBR'])('%j is not a code', (raw) => {
    expect(table.lookup(raw)).toBeNull();
    expect(table.isCode(raw)).toBe(false);
  });

  it('isCode accepts aliases, groups and ISO codes', () => {
    expect(['UK', 'QTA', 'EU', 'AG', 'FRA', 'VAT'].every((raw) => table.isCode(raw))).toBe(true);
  });
});

describe('shipped data', () => {
  const iso = (code: string) => table.lookup(code)?.alias === false && table.lookup(code)?.kind === 'country';
  const aliases = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'aliases.json'), 'utf8')).aliases as Record<string, unknown>;
  const groups = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'groups.json'), 'utf8')).groups as Record<string, string>;

  it('no default alias or group collides with an ISO alpha-3 code', () => {
    const plain = new CodeTable(new Map(), new Map());
    for (const code of [...Object.keys(aliases), ...Object.keys(groups)]) expect(plain.lookup(code), code).toBeNull();
    expect(iso('GBR')).toBe(true);
  });

  it('every default alias resolves to a country or group', () => {
    for (const code of Object.keys(aliases)) expect(table.lookup(code)?.alias, code).toBe(true);
  });
});

describe('suggest', () => {
  it('finds transpositions, substitutions, insertions and deletions', () => {
    expect(table.suggest('GRB')).toContain('GBR');
    expect(table.suggest('FRX')).toContain('FRA');
    expect(table.suggest('FR')).toContain('FRA');
    expect(table.suggest('FRAN')).toContain('FRA');
    expect(table.suggest('UKK')).toContain('UK');
  });

  it('puts a case-only difference first and never suggests the code itself or a typo alias', () => {
    expect(table.suggest('gbr')[0]).toBe('GBR');
    expect(table.suggest('GBR')).not.toContain('GBR');
    expect(table.suggest('QAR')).toContain('QAT');
    expect(table.suggest('QTB')).not.toContain('QTA');
  });

  it('is sorted and deterministic; nothing near a long word', () => {
    const found = table.suggest('XYZ');
    expect(found).toEqual([...found].sort());
    expect(table.suggest('ICCSX')).toEqual([]);
  });
});

describe('user alias files (--aliases)', () => {
  it('extend adds and overrides entries, keeping the defaults', () => {
    const codes = load(userFile({
      mode: 'extend',
      aliases: { SPA: 'ESP', UK: { code: 'GBR', warn: 'write GBR' }, UE: 'EU' },
      groups: { LMG: 'Like-Minded Group' },
    }));
    expect(codes.lookup('SPA')).toMatchObject({ canonical: 'ESP', name: 'Spain', alias: true });
    expect(codes.lookup('UK')).toMatchObject({ canonical: 'GBR', warning: 'write GBR' });
    expect(codes.lookup('UE')).toMatchObject({ canonical: 'EU', name: 'European Union', kind: 'group', alias: true });
    expect(codes.lookup('LMG')).toMatchObject({ kind: 'group', name: 'Like-Minded Group' });
    expect(codes.lookup('NDL')?.canonical).toBe('NLD');
    expect(codes.lookup('EU')?.kind).toBe('group');
  });

  it('extend is the default mode', () => {
    const codes = load(userFile({ aliases: { SPA: 'ESP' } }));
    expect(codes.isCode('SPA') && codes.isCode('UK')).toBe(true);
  });

  it('replace keeps only the user entries; ISO codes still stand for themselves', () => {
    const codes = load(userFile({ mode: 'replace', aliases: { SPA: 'ESP' }, groups: { EU: 'Union européenne' } }));
    expect(codes.lookup('SPA')?.canonical).toBe('ESP');
    expect(codes.lookup('EU')?.name).toBe('Union européenne');
    expect(codes.lookup('UK')).toBeNull();
    expect(codes.lookup('AG')).toBeNull();
    expect(codes.lookup('GBR')?.name).toBe('United Kingdom');
  });

  it('user aliases that point at each other cannot loop', () => {
    const codes = load(userFile({ aliases: { GBR: 'NLD', NLD: 'GBR' } }));
    expect(codes.lookup('GBR')).toMatchObject({ canonical: 'NLD', alias: true });
  });

  it('a missing file throws ConfigError naming it', () => {
    const missing = join(tmp, 'nope.json');
    expect(() => load(missing)).toThrow(ConfigError);
    expect(() => load(missing)).toThrow(`${missing}: file not found`);
  });

  it('invalid JSON throws ConfigError with the line', () => {
    const file = userFile('{\n  "aliases": {\n    "SPA": "ESP",\n  }\n}\n');
    expect(() => load(file)).toThrow(ConfigError);
    expect(() => load(file)).toThrow(/line 4/);
    try {
      load(userFile('{\n "aliases": x\n}'));
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it.each([
    ['an array', []],
    ['a bad mode', { mode: 'merge' }],
    ['an unknown member', { alias: { SPA: 'ESP' } }],
    ['aliases not an object', { aliases: ['SPA'] }],
    ['a lower-case alias', { aliases: { spa: 'ESP' } }],
    ['a long alias', { aliases: { SPAIN: 'ESP' } }],
    ['an unknown target', { aliases: { SPA: 'XYZ' } }],
    ['a target that is an alias', { aliases: { BRIT: 'UK' } }],
    ['a bad warn', { aliases: { SPA: { code: 'ESP', warn: 3 } } }],
    ['an unknown entry member', { aliases: { SPA: { code: 'ESP', note: 'x' } } }],
    ['an empty group name', { groups: { LMG: '' } }],
    ['a group that is an ISO code', { groups: { CAN: 'Canada group' } }],
    ['a code that is both alias and group', { groups: { UK: 'United Kingdom group' } }],
    ['replace dropping a group an alias needs', { mode: 'replace', aliases: { UE: 'EU' } }],
  ])('a file with %s throws ConfigError', (_what, content) => {
    const file = userFile(content);
    expect(() => load(file)).toThrow(ConfigError);
    expect(() => load(file)).toThrow(file);
  });
});

describe('diagnostics about codes', () => {
  it('look for "did you mean" codes only when their message is read, and show it to JSON', () => {
    const codes = load(userFile({ aliases: {} }));
    const suggest = vi.spyOn(codes, 'suggest');
    const { diagnostics } = parseDraft('1. Text [GRB; delete: UK]\n', { codes });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:10 unknown-code', '1:23 aliased-code']);
    expect(suggest).not.toHaveBeenCalled();
    expect(diagnostics[0].message).toBe('`GRB` is not a delegation code; did you mean `GBR` or `BRB` or `GAB`?');
    expect(JSON.parse(JSON.stringify(diagnostics))[1]).toEqual({
      file: '-', line: 1, column: 23, severity: 'warning', rule: 'aliased-code', message: '`UK` is an alias: write `GBR` (United Kingdom)',
    });
    expect(diagnostics[0].message).toBe('`GRB` is not a delegation code; did you mean `GBR` or `BRB` or `GAB`?');
    expect(suggest).toHaveBeenCalledTimes(1);
  });

  it('carry their message, in the fields\' order, through spreading and structured cloning (a worker\'s message)', () => {
    const [diagnostic] = parseDraft('1. Text [FRA; delete: UK]\n').diagnostics;
    const plain = { file: '-', line: 1, column: 23, severity: 'warning', rule: 'aliased-code', message: '`UK` is an alias: write `GBR` (United Kingdom)' };
    for (const copy of [{ ...diagnostic }, structuredClone(diagnostic)]) {
      expect(Object.keys(copy)).toEqual(Object.keys(plain));
      expect(copy).toEqual(plain);
    }
    diagnostic.message = 'replaced';
    expect(JSON.stringify(diagnostic)).toContain('"message":"replaced"');
  });
});
