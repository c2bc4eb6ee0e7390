// The command line on the real drafts, in process through main (the binary's entry); the real
// binary (`npm test` builds dist/ first) where only a process shows the behaviour.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { runCli as run } from './cli-in-process.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kyoto-parse.js');
const draft = 'fixtures/kyoto-6227-20-annexes.txt';
const draftText = readFileSync(join(root, draft), 'utf8');

function csvRows(text: string): string[] {
  return text.trimEnd().split('\n');
}

describe('kyoto-parse <files> (records)', () => {
  const expected = parseDraft(draftText, { file: draft }).records;

  it('writes the long CSV when piped: a header, then one row per record of the library parse', async () => {
    const { status, stdout } = await run([draft]);
    expect(status).toBe(0);
    const rows = csvRows(stdout);
    expect(rows[0]).toBe('file,paragraph,country,name,stance,label,raw,line,column,struct,excerpt'.replace('struct', 'struck'));
    expect(rows.length - 1).toBe(expected.length);
    // PP1 on line 114: `…in 1970 in Kyoto [RUS, SGP]` (hand-checked in the maintainers' sample).
    expect(rows[1]).toMatch(/^fixtures\/kyoto-6227-20-annexes\.txt,PP1,RUS,Russian Federation,support,,RUS,114,204,false,/);
  });

  it('gives byte-identical output on a second run', async () => {
    expect((await run([draft])).stdout).toBe((await run([draft])).stdout);
  });

  it('emits records and paragraphs as JSON', async () => {
    const json = JSON.parse((await run([draft, '--format', 'json'])).stdout);
    expect(json.records).toHaveLength(expected.length);
    expect(json.paragraphs.map((p: { id: string }) => p.id)).toContain('OP6 Bis');
  });

  it('reads standard input for - and names it - in the file column', async () => {
    const { status, stdout } = await run(['-'], { input: draftText });
    expect(status).toBe(0);
    const rows = csvRows(stdout);
    expect(rows.length - 1).toBe(expected.length);
    expect(rows[1].startsWith('-,PP1,RUS,')).toBe(true); // an exact - is no formula: the guard leaves it
    expect(csvRows((await run(['-', '--no-escape-formulas'], { input: draftText })).stdout)[1].startsWith('-,PP1,RUS,')).toBe(true);
  });

  it('gives one result for several files, told apart by the file column', async () => {
    const other = 'fixtures/kyoto-final-6456-21.txt';
    const rows = csvRows((await run([draft, other, draft])).stdout).slice(1);
    expect(rows.length).toBe(2 * expected.length);
    expect(rows.every((row) => row.startsWith(`${draft},`))).toBe(true);
  });

  it('yields no records from the documents without annotations', async () => {
    for (const file of ['kyoto-final-6456-21.txt', 'eu-position-11431-19.txt', 'european-rpm-report.txt', 'european-rpm-draft-report-add.txt']) {
      expect(csvRows((await run([`fixtures/${file}`])).stdout)).toHaveLength(1);
    }
  });
});

describe('filters', () => {
  it('--country accepts aliases: UK finds GBR', async () => {
    const rows = csvRows((await run([draft, '--country', 'UK'])).stdout).slice(1);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((row) => row.split(',')[2] === 'GBR')).toBe(true);
  });

  it('--paragraph takes IDs with spaces, --stance narrows further', async () => {
    const rows = csvRows((await run([draft, '--paragraph', 'OP6 Bis', '--stance', 'oppose'])).stdout).slice(1);
    // `Oppose [RUS,SGP,CHN,USA,SYR,EGY,THA,KWT,IRN,NGA,CUB,QAT]` on line 416 is OP6 Bis's note.
    expect(rows.map((row) => row.split(',')[2])).toEqual(['RUS', 'SGP', 'CHN', 'USA', 'SYR', 'EGY', 'THA', 'KWT', 'IRN', 'NGA', 'CUB', 'QAT']);
  });

  it('rejects an unknown code with a suggestion and status 2', async () => {
    const { status, stderr, stdout } = await run([draft, '--country', 'GRB']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/GRB.*did you mean.*GBR/);
  });
});

describe('matrix', () => {
  it('--format csv has one row per delegation and a column per paragraph in document order', async () => {
    const rows = csvRows((await run(['matrix', draft, '--format', 'csv'])).stdout);
    const header = rows[0].split(',');
    expect(header.slice(0, 5)).toEqual(['country', 'name', 'PP1', 'PP2', 'PP3']);
    // PP2: `[CHN; retain original: CAN, THA]`: CHN support, CAN oppose.
    const can = rows.find((row) => row.startsWith('CAN,'))!.split(',');
    expect(can[header.indexOf('PP2')]).toBe('O');
    const chn = rows.find((row) => row.startsWith('CHN,'))!.split(',');
    expect(chn[header.indexOf('PP2')]).toBe('S');
  });

  it('--counts gives numbers per stance', async () => {
    const rows = csvRows((await run(['matrix', draft, '--format', 'csv', '--counts', '--paragraph', 'PP2'])).stdout);
    expect(rows[0]).toBe('country,name,PP2:support,PP2:oppose,PP2:delete,PP2:other');
    expect(rows).toContain('THA,Thailand,0,1,0,0');
  });

  it('the table fits 80 columns', async () => {
    const { stdout } = await run(['matrix', draft, '--width', '80']);
    for (const line of stdout.split('\n')) expect(stripVTControlCharacters(line).length).toBeLessThanOrEqual(80);
  });
});

describe('report and colour', () => {
  it('the report counts paragraphs, annotations, delegations and records, in 80 columns', async () => {
    const { stdout } = await run([draft, '--format', 'report', '--width', '80']);
    expect(stdout).toMatch(/Records\s+\d+/);
    expect(stdout).toMatch(/Delegations\s+\d+/);
    for (const line of stdout.split('\n')) expect(stripVTControlCharacters(line).length).toBeLessThanOrEqual(80);
  });

  it('colours follow FORCE_COLOR and NO_COLOR; machine formats never carry colour', async () => {
    const ansi = /\u001b\[/;
    expect((await run([draft, '--format', 'report'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await run([draft, '--format', 'report'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await run([draft, '--format', 'report'])).stdout).not.toMatch(ansi);
    expect((await run([draft, '--format', 'csv'], { env: { FORCE_COLOR: '3' } })).stdout).not.toMatch(ansi);
  });
});

describe('vocabulary and aliases files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyoto-cli-'));
  const small = join(dir, 'small.txt');
  writeFileSync(small, '1. Strengthen cooperation [SUP: FRA; GRB]\n');

  it('--vocabulary extends the stance words: SUP for deletion', async () => {
    const vocabulary = join(dir, 'vocabulary.json');
    writeFileSync(vocabulary, JSON.stringify({ mode: 'extend', rows: [{ stance: 'delete', any: ['sup'] }] }));
    expect(csvRows((await run([small])).stdout)[1]).toMatch(/,OP1,FRA,France,support,SUP,FRA,1,33,/);
    expect(csvRows((await run([small, '--vocabulary', vocabulary])).stdout)[1]).toMatch(/,OP1,FRA,France,delete,SUP,FRA,1,33,/);
  });

  it('--aliases adds a code written another way', async () => {
    const aliases = join(dir, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ mode: 'extend', aliases: { GRB: 'GBR' } }));
    expect(csvRows((await run([small])).stdout)).toHaveLength(2);
    const rows = csvRows((await run([small, '--aliases', aliases])).stdout);
    expect(rows[2]).toMatch(/,OP1,GBR,United Kingdom,support,,GRB,1,38,/);
  });

  it('a broken configuration file is one line and status 2', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "mode": ');
    const { status, stderr } = await run([small, '--vocabulary', broken]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('broken.json');
  });
});

describe('input and output problems', () => {
  it('a missing file, a directory and an unknown option: one line on stderr, status 2, no stack trace', async () => {
    for (const args of [['missing.txt'], ['fixtures'], [draft, '--bogus']]) {
      const { status, stderr } = await run(args);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('-o writes the file and refuses to overwrite an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-out-'));
    const copy = join(dir, 'draft.txt');
    copyFileSync(join(root, draft), copy);
    const out = join(dir, 'records.csv');
    expect((await run([copy, '-o', out])).status).toBe(0);
    expect(csvRows(readFileSync(out, 'utf8'))[0]).toMatch(/^file,paragraph,/);
    const refused = await run([copy, '-o', copy]);
    expect(refused.status).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(draftText);
  });

  it('-o onto a device (/dev/null) writes into it and leaves the device in place', async () => {
    expect((await run([draft, '-o', '/dev/null'])).status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a closed pipe ends quietly with status 0', async () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" ${draft} | head -1`], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^file,paragraph,/);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('on a terminal the default is the coloured report as wide as the terminal; to a file or a pipe, the CSV', async () => {
    const terminal = { columns: 60 };
    const shown = await run([draft], { terminal });
    expect(shown.stdout).toMatch(/^\u001b\[1mParagraphs /);
    expect(shown.stdout).toMatch(/\n\u001b\[1mSummary/);
    expect(Math.max(...stripVTControlCharacters(shown.stdout).split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(60);
    expect(stripVTControlCharacters(shown.stdout)).toBe((await run([draft, '--format', 'report', '--width', '60'])).stdout);
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-out-')), 'records.csv');
    expect((await run([draft, '-o', out], { terminal })).stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await run([draft])).stdout);
  });

  it('the binary gives the bytes and status main gives, standard input among the files', async () => {
    const args = [draft, '-', '--format', 'json', '--diagnostics'];
    const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
    const binary = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: draftText, encoding: 'utf8', env, maxBuffer: 1 << 28 });
    expect({ status: binary.status, stdout: binary.stdout, stderr: binary.stderr }).toEqual(await run(args, { input: draftText }));
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect((await run(['--version'])).stdout.trim()).toBe(pkg.version);
  });
});
