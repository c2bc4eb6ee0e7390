/**
 * Issue 20, classes 8 and 9: configuration checked (and compiled) before the first byte of
 * output, and the terminal's edges: a terminal of no size, `--width` on every table of every
 * command, TERM=dumb, and option values that name nothing.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Vocabulary, UncompilableTerm, loadVocabulary } from '../src/records/vocabulary.js';
import { Progress } from '../src/cli/progress.js';
import { streamWidth } from '../src/cli/terminal-width.js';
import { quoted } from '../src/util/quoted.js';
import { renderTable } from '../src/formatters/terminal/table.js';
import { PLAIN } from '../src/formatters/terminal/colour.js';
import { cutStyled } from '../src/formatters/terminal/width.js';
import type { CliIo } from '../src/cli/cli-io.js';
import { runCli, type CliRun } from './cli-in-process.js';

const draft = 'fixtures/kyoto-6227-20-annexes.txt';
const later = 'fixtures/kyoto-final-6456-21.txt';
const dir = mkdtempSync(join(tmpdir(), 'kyoto-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A refusal: status 2, nothing on stdout, one line on stderr, returned without its prefix. */
function refused(run: CliRun): string {
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^kyoto-parse: [^\n]*\n$/);
  return run.stderr.slice('kyoto-parse: '.length, -1);
}

const ESC = '\u001b';
const plainLines = (text: string): string[] => text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line, at, all) => at < all.length - 1 || line !== '');
const widest = (text: string): number => Math.max(0, ...plainLines(text).map((line) => [...line].length));

describe('configuration checked and compiled before any output', () => {
  const longTerm = 'a'.repeat(20_000);
  const cut = `${'a'.repeat(59)}…`;

  it('a 20,000-character vocabulary term: no output, one line naming the file, the row and the term cut to 60 characters', async () => {
    const words = file('long-term.json', { rows: [{ stance: 'delete', any: ['sup'] }, { stance: 'oppose', any: ['keep', longTerm] }] });
    for (const args of [[draft], [draft, '--format', 'json'], ['matrix', draft], ['check', draft], ['country', 'UK', draft], ['trace', draft, later]]) {
      const message = refused(await runCli([...args, '--vocabulary', words]));
      expect(message, args.join(' ')).toBe(`${words}: row 2: "any": the term "${cut}" has 20000 characters; at most 200 (data/config-limits.json)`);
    }
  });

  it('the same in .kyoto-parse.json, as a vocabulary object or a file it names; -o is never created', async () => {
    const inline = file('inline.json', { vocabulary: { rows: [{ stance: 'delete', any: ['x'], all: [longTerm] }] } });
    expect(refused(await runCli([draft, '--config', inline]))).toBe(`${inline}: vocabulary: row 1: "all": the term "${cut}" has 20000 characters; at most 200 (data/config-limits.json)`);
    const named = file('names.json', { vocabulary: 'long-term.json' });
    file('long-term.json', { rows: [{ stance: 'delete', any: [longTerm] }] });
    const output = join(dir, 'never.csv');
    expect(refused(await runCli([draft, '--config', named, '-o', output]))).toMatch(/long-term\.json: row 1: "any": the term "a{59}…" has 20000 characters/);
    expect(existsSync(output)).toBe(false);
  });

  it('a term of 200 characters, the limit, is read; a label holding it takes its stance', () => {
    const term = Array.from({ length: 100 }, (_, i) => (i % 2 ? 'é' : 'ü')).join('');
    const phrase = `${'ab '.repeat(66)}ab`;
    expect([...term].length).toBe(100);
    expect(phrase.length).toBe(200);
    const vocabulary = loadVocabulary({ file: 'limit.json', json: { rows: [{ stance: 'delete', any: [term, phrase] }] } });
    expect(vocabulary.stanceOf(`Ärger ${term}`)).toBe('delete');
    expect(vocabulary.stanceOf(`(${phrase.replace(/ /g, '\n')})`)).toBe('delete');
    expect(vocabulary.stanceOf('ab ab')).toBe('support');
  });

  it('the library compiles every row when the vocabulary is made: a term its regex engine cannot take throws there, naming row and term', () => {
    // Past the file limit, as a program building rows itself may go: V8 overflows its stack compiling it.
    const rows = [{ stance: 'oppose' as const, any: ['keep'] }, { stance: 'delete' as const, any: ['drop', 'é'.repeat(200_000)] }];
    let thrown: unknown;
    try {
      new Vocabulary(rows);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UncompilableTerm);
    expect((thrown as UncompilableTerm).row).toBe(2);
    expect((thrown as Error).message).toBe(`row 2: the term "${'é'.repeat(59)}…" cannot be compiled (too long or complex for the regular expression engine)`);
  });

  it('terms full of regular-expression syntax are words like any other, in ASCII and other labels', () => {
    const vocabulary = loadVocabulary({ file: 'syntax.json', json: { mode: 'replace', rows: [{ stance: 'delete', any: ['(a+)+$', '[x]', '\\d', 'a|b', '.*'] }], fallback: 'support' } });
    for (const label of ['drop (a+)+$ now', 'é (a+)+$', '[x]', 'per \\d', 'a|b', 'ö .*']) expect(vocabulary.stanceOf(label), label).toBe('delete');
    for (const label of ['aaaa', 'x', 'd 7', 'a b', 'anything']) expect(vocabulary.stanceOf(label), label).toBe('support');
  });

  it('an alias table of every three-letter code but those the draft names (over 17,000 entries) is read, and the run completes', async () => {
    const named = new Set((JSON.parse((await runCli([draft, '--format', 'json', '--no-config'])).stdout).records as { country: string }[]).map((r) => r.country));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const aliases: Record<string, string> = {};
    for (const a of letters) for (const b of letters) for (const c of letters) if (!named.has(a + b + c)) aliases[a + b + c] = 'FRA';
    const table = file('every-code.json', { mode: 'replace', aliases });
    const run = await runCli([draft, '--aliases', table, '--format', 'json', '-q']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Object.keys(aliases).length).toBeGreaterThan(17_000);
    expect((JSON.parse(run.stdout).records as unknown[]).length).toBeGreaterThan(1_000);
  });

  it('a huge alias key, a long group name or alias warning, an unknown member with a line break: one line each, cut and escaped', async () => {
    const cases: [object, string][] = [
      [{ aliases: { ['SP'.repeat(5_000)]: 'ESP' } }, `alias "${'SP'.repeat(29)}S…" is not 2-3 upper-case letters`],
      [{ aliases: { SPA: `ESP${'\n'.repeat(3)}` } }, 'alias SPA: target "ESP\\u{A}\\u{A}\\u{A}" is not 2-3 upper-case letters'],
      [{ groups: { GG: 'G'.repeat(201) } }, `group GG: the name "${'G'.repeat(59)}…" has 201 characters; at most 200 (data/config-limits.json)`],
      [{ aliases: { QTR: { code: 'QAT', warn: 'w'.repeat(501) } } }, `alias QTR: "warn" "${'w'.repeat(59)}…" has 501 characters; at most 500 (data/config-limits.json)`],
      [{ 'groups\nand more': {} }, 'unknown member "groups\\u{A}and more" (expected "mode", "aliases" or "groups")'],
    ];
    for (const [json, reason] of cases) {
      const aliases = file('aliases.json', json);
      expect(refused(await runCli([draft, '--aliases', aliases]))).toBe(`${aliases}: ${reason}`);
    }
  });

  it('a bad rule entry in .kyoto-parse.json: its name cut, its invisible characters shown', async () => {
    const config = file('rules.json', { rules: { [`aliased\u202Ecode${'-x'.repeat(100)}`]: 'off' } });
    const message = refused(await runCli(['check', draft, '--config', config]));
    expect(message).toMatch(/^\S+rules\.json: rules\.aliased\\u\{202E\}code(-x)+…: not a rule \(rules: invalid-encoding, /);
    expect([...message.slice(0, message.indexOf(': not a rule'))].length).toBeLessThanOrEqual(config.length + 2 + 'rules.'.length + 60);
    const select = file('select.json', { select: [`x${'y'.repeat(5_000)}`] });
    expect(refused(await runCli(['check', draft, '--config', select]))).toMatch(/^\S+select\.json: select\[0\]: "xy{58}…" is not a rule \(rules: /);
  });

  it('a delegation named by 20,000 characters: one line, cut (no search for names near it)', async () => {
    const message = refused(await runCli([draft, '--country', 'Fr'.repeat(10_000)]));
    expect(message).toBe(`--country: '${'Fr'.repeat(29)}F…' is not a delegation code or name`);
  });

  it('quoted() cuts at 60 characters counting escapes, and leaves a short value whole', () => {
    expect(quoted('FRA')).toBe('"FRA"');
    expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoted('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(quoted('x'.repeat(61))).toBe(`"${'x'.repeat(59)}…"`);
    expect(quoted('\u200B'.repeat(20))).toBe(`"${'\\u{200B}'.repeat(7)}…"`);
  });
});

describe('--width bounds every table of every command', () => {
  const commands: string[][] = [
    [draft, '--format', 'table'],
    [draft, '--format', 'table', '--counts'],
    ['matrix', draft],
    ['matrix', draft, '--counts'],
    ['blocs', draft],
    ['contested', draft, '--top', '0'],
    ['country', 'UK', draft],
    ['country', 'EU', draft, '--expand-groups'],
    ['paragraph', 'OP6 Bis', draft],
    ['paragraph', 'OP1', draft],
    ['check', draft],
    ['check', draft, '--strict', '--max-per-rule', '0'],
    ['trace', draft, later, '--draft-lines', '108-443', '--base-lines', '444-701'],
    ['trace', draft, later, '--view', 'paragraphs'],
    ['trace', draft, later, '--view', 'proposals'],
    ['trace', draft, later, '--view', 'delegations'],
  ];
  for (const args of commands) {
    it(`kyoto-parse ${args.join(' ')}: no line past 20, 40, 60 or 100 columns, coloured or not`, async () => {
      const runs: [number, Record<string, string>][] = [[20, {}], [40, {}], [40, { FORCE_COLOR: '1' }], [60, {}], [100, {}]];
      for (const [width, env] of runs) {
        {
          const run = await runCli([...args, '--width', String(width)], { env });
          expect(run.status, run.stderr).toBeLessThanOrEqual(1);
          expect(plainLines(run.stdout).length).toBeGreaterThan(3);
          expect(widest(run.stdout), `${width} ${JSON.stringify(env)}`).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  it('what a command says when it has nothing to show is wrapped too (a draft with no delegations in common)', async () => {
    for (const args of [['blocs', 'fixtures/eu-position-11431-19.txt'], ['contested', 'fixtures/eu-position-11431-19.txt']]) {
      const run = await runCli([...args, '--width', '30']);
      expect(run.stdout).toMatch(/^No (pair|paragraph)/m);
      expect(widest(run.stdout)).toBeLessThanOrEqual(30);
    }
  });

  it('contested at 20 columns still shows each paragraph\'s counts of delegations for and against', async () => {
    const { stdout } = await runCli(['contested', draft, '--top', '1', '--width', '20']);
    // The reference draft's most contested paragraph: 19 delegations for, 12 against (README).
    expect(plainLines(stdout).some((line) => /^1 .* 19 12 0$/.test(line))).toBe(true);
  });

  it('check: on a terminal or with --width, a finding is wrapped; piped without --width it stays one line', async () => {
    const wrapped = await runCli(['check', draft, '--width', '40']);
    const piped = await runCli(['check', draft]);
    expect(widest(piped.stdout)).toBeGreaterThan(100);
    expect(plainLines(piped.stdout).filter((line) => line.startsWith(`${draft}:`)).length)
      .toBe(plainLines(wrapped.stdout).filter((line) => line.startsWith(`${draft}:`)).length);
    const terminal = await runCli(['check', draft], { terminal: { columns: 50 } });
    expect(widest(terminal.stdout)).toBeLessThanOrEqual(50);
  });

  it('--diagnostics on a terminal of 0 columns: stderr laid out to 80', async () => {
    const run = await runCli([draft, '--diagnostics', '-q'], { stderrTerminal: { columns: 0 } });
    expect(widest(run.stderr)).toBeLessThanOrEqual(80);
  });

  for (const value of ['0', '-5', '19', 'abc', '20.5', '1e3', '0x20', '99999999999999999999']) {
    it(`--width ${value} is a usage error, for every command that has --width`, async () => {
      for (const args of [[draft, '--format', 'table'], ['matrix', draft], ['check', draft], ['trace', draft, later]]) {
        expect(refused(await runCli([...args, '--width', value]))).toContain('--width');
      }
    });
  }
});

describe('a terminal that reports no size', () => {
  for (const columns of [0, -1, -80, Number.NaN]) {
    it(`${columns} columns: laid out to 80, as --width 80`, async () => {
      for (const args of [[draft, '--format', 'table'], ['country', 'UK', draft], ['paragraph', 'OP6 Bis', draft]]) {
        const run = await runCli(args, { terminal: { columns }, env: { COLUMNS: undefined } });
        const at80 = await runCli([...args, '--width', '80'], { terminal: { columns: 200 } });
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(at80.stdout);
      }
    });
  }

  it('the reference draft\'s matrix at 0 columns has as many lines as at 80, not thousands', async () => {
    const zero = await runCli([draft, '--format', 'table'], { terminal: { columns: 0 }, env: { COLUMNS: undefined } });
    const eighty = await runCli([draft, '--format', 'table'], { terminal: { columns: 80 } });
    expect(plainLines(zero.stdout).length).toBe(plainLines(eighty.stdout).length);
    expect(plainLines(zero.stdout).length).toBeLessThan(400);
  });

  it('COLUMNS stands in when it is a positive whole number; 0, negative or garbage: 80', async () => {
    const args = ['country', 'UK', draft];
    const at = async (width: number) => (await runCli([...args, '--width', String(width)], { terminal: { columns: 200 } })).stdout;
    expect((await runCli(args, { terminal: { columns: 0 }, env: { COLUMNS: '100' } })).stdout).toBe(await at(100));
    for (const COLUMNS of ['0', '-3', 'wide', '', '1e2', '12.5']) {
      expect((await runCli(args, { terminal: { columns: 0 }, env: { COLUMNS } })).stdout, COLUMNS).toBe(await at(80));
    }
  });

  it('streamWidth: a terminal\'s positive columns, else COLUMNS, else 80; no terminal: 80 whatever COLUMNS says', () => {
    const tty = (columns?: number) => ({ isTTY: true, columns, write: () => true });
    expect(streamWidth(tty(132), {})).toBe(132);
    expect(streamWidth(tty(0), { COLUMNS: '90' })).toBe(90);
    expect(streamWidth(tty(-4), { COLUMNS: ' 90 ' })).toBe(90);
    expect(streamWidth(tty(undefined), { COLUMNS: '-90' })).toBe(80);
    expect(streamWidth(tty(12.5), {})).toBe(80);
    expect(streamWidth({ isTTY: false, columns: 132, write: () => true }, { COLUMNS: '132' })).toBe(80);
  });

  it('help on a terminal of 0 columns is wrapped to 80', async () => {
    const { stdout } = await runCli(['help', 'matrix'], { terminal: { columns: 0 } });
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(widest(stdout)).toBeGreaterThan(60);
  });
});

describe('TERM=dumb', () => {
  const args = [[draft, '--format', 'table'], ['check', draft], ['country', 'UK', draft]];

  it('a dumb terminal gets no colour; a capable one does', async () => {
    for (const command of args) {
      expect((await runCli(command, { terminal: { columns: 80 }, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
      expect((await runCli(command, { terminal: { columns: 80 }, env: { TERM: 'xterm-256color' } })).stdout).toContain(ESC);
    }
  });

  it('FORCE_COLOR still forces it', async () => {
    for (const command of args) {
      expect((await runCli(command, { terminal: { columns: 80 }, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    }
  });

  it('no progress line on a dumb terminal, which cannot redraw one', () => {
    const io = (TERM: string) => ({ stderr: { isTTY: true, columns: 80, write: () => true }, env: { TERM } }) as unknown as CliIo;
    expect(Progress.wanted(io('dumb'), false)).toBe(false);
    expect(Progress.wanted(io('xterm'), false)).toBe(true);
  });
});

describe('option values that name nothing are usage errors', () => {
  const cases: [string[], RegExp][] = [
    [[draft, '--country', ''], /^--country: the value is empty$/],
    [[draft, '--country', '  '], /^--country: the value is empty$/],
    [[draft, '--paragraph', ','], /^--paragraph: ',' names nothing/],
    [[draft, '--paragraph', 'OP1,,OP2'], /^--paragraph: 'OP1,,OP2' has an empty item/],
    [[draft, '--stance', ''], /^--stance: the value is empty$/],
    [[draft, '--stance', ' , '], /^--stance: ' , ' names nothing/],
    [[draft, '--country', 'FRA,'], /^--country: 'FRA,' has an empty item/],
    [['matrix', draft, '--country', ',UK'], /^--country: ',UK' has an empty item/],
    [['contested', draft, '--stance', ''], /^--stance: the value is empty$/],
    [['trace', draft, later, '--country', ''], /^--country: the value is empty$/],
    [['trace', draft, later, '--paragraph', ',,'], /^--paragraph: ',,' names nothing/],
    [['report', draft, '--paragraph', ','], /^--paragraph: ',' names nothing/],
    [['check', draft, '--select', ''], /^--select: the value is empty$/],
    [['check', draft, '--ignore', ','], /^--ignore: ',' names nothing/],
    [['check', draft, '--select', 'aliased-code,'], /^--select: 'aliased-code,' has an empty item/],
    [[draft, '--vocabulary', ''], /^--vocabulary: the value is empty$/],
    [[draft, '--aliases', ''], /^--aliases: the value is empty$/],
    [[draft, '--encoding', ''], /^--encoding: the value is empty$/],
    [[draft, '-o', ''], /^--output: the value is empty$/],
    [[draft, '--config', ''], /^--config: the value is empty$/],
    [['paragraph', '', draft], /^paragraph: the paragraph ID is empty$/],
    [['country', ' ', draft], /^country: the delegation is empty$/],
  ];
  for (const [args, message] of cases) {
    it(`kyoto-parse ${args.map((a) => (a === '' || /\s|,/.test(a) ? `'${a}'` : a)).join(' ')}`, async () => {
      expect(refused(await runCli(args))).toMatch(message);
    });
  }

  it('a list with items still filters as before', async () => {
    const run = await runCli([draft, '--country', 'UK, FRA', '--stance', 'delete', '--format', 'json']);
    expect(run.status).toBe(0);
    const records = JSON.parse(run.stdout).records as { country: string; stance: string }[];
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.country))).toEqual(new Set(['GBR', 'FRA']));
    expect(new Set(records.map((r) => r.stance))).toEqual(new Set(['delete']));
  });
});

describe('renderTable and cutStyled', () => {
  it('a table of more columns than fit is cut at the width, its colour reset', () => {
    const columns = Array.from({ length: 12 }, (_, i) => ({ header: `column${i}` }));
    const lines = renderTable(columns, [columns.map((_, i) => String(i * 1000))], 20, PLAIN);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
    expect(cutStyled(`\u001b[31m${'x'.repeat(30)}\u001b[39m`, 10)).toBe(`\u001b[31m${'x'.repeat(10)}\u001b[0m`);
    expect(cutStyled('short', 10)).toBe('short');
  });
});
