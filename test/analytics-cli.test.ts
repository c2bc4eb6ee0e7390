// The analytics subcommands on the reference draft, in process through main (the binary's entry).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-in-process.js';

const draft = 'fixtures/kyoto-6227-20-annexes.txt';

const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { env });

async function json<T>(args: string[]): Promise<T> {
  const result = await run(args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map((line) => [...line].length));
}

interface Pair { a: string; b: string; score: number; shared: number; agreed: number }
interface BlocsJson { agreement: Pair[]; clusters: string[][]; unclustered: string[]; minShared: number }
interface ContestedItem { rank: number; paragraph: string; score: number; supporters: string[]; opponents: string[]; mixed: string[] }

const EU_MEMBERS = ['FRA', 'BEL', 'DEU', 'FIN', 'SWE', 'NLD', 'AUT', 'ITA'];
const OPPONENTS = ['RUS', 'IRN', 'CHN', 'SYR', 'EGY'];

describe('kyoto-parse country', () => {
  it('lists exactly the records of the main command with --country, for codes and aliases', async () => {
    for (const [code, filter] of [['UK', 'UK'], ['GBR', 'UK'], ['fra', 'FRA'], ['RUS', 'RUS'], ['EU', 'EU'], ['NDL', 'NLD']]) {
      const country = await run(['country', code, draft, '--format', 'csv']);
      const main = await run([draft, '--country', filter, '--format', 'csv']);
      expect(country.status).toBe(0);
      expect(country.stdout).toBe(main.stdout);
      expect(country.stdout.split('\n').length).toBeGreaterThan(5);
    }
  });

  it('keeps the shared filters: --stance and --paragraph narrow it as they narrow the main command', async () => {
    const args = ['--stance', 'delete,oppose', '--paragraph', 'OP19,OP6 Bis,OP12'];
    expect((await run(['country', 'RUS', draft, '--format', 'csv', ...args])).stdout)
      .toBe((await run([draft, '--country', 'RUS', '--format', 'csv', ...args])).stdout);
  });

  it('prints a one-line summary and a table of every record that fits the width', async () => {
    const { status, stdout } = await run(['country', 'UK', draft]);
    expect(status).toBe(0);
    const records = JSON.parse((await run(['country', 'UK', draft, '--format', 'json'])).stdout);
    const { supported, opposed, deleted, paragraphs } = records.summary;
    expect(stdout.replace(/\n(?=\S)/, ' ')).toContain(
      `GBR United Kingdom: supported ${supported}, opposed ${opposed}, sought to delete ${deleted} of ${paragraphs} paragraphs`);
    expect(records.records.every((r: { country: string }) => r.country === 'GBR')).toBe(true);
    // One table row per record: the rows after the rule line that start a stance (a long excerpt
    // wraps onto lines of its own, under its column).
    const lines = stdout.trimEnd().split('\n');
    const rule = lines.findIndex((line) => line.startsWith('──'));
    const stanceAt = lines[rule - 1]!.indexOf('stance');
    expect(lines.slice(rule + 1).filter((line) => /^\S/.test(line.slice(stanceAt))).length).toBe(records.records.length);
    // Every excerpt can be read whole: its words are all in the table.
    const excerptAt = lines[rule - 1]!.indexOf('excerpt');
    const shown = lines.slice(rule + 1).map((line) => line.slice(excerptAt)).join(' ').replace(/\s+/g, ' ');
    for (const { excerpt } of records.records) expect(shown).toContain(excerpt.split(' ').slice(-2).join(' '));
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(widest((await run(['country', 'UK', draft, '--width', '50'])).stdout)).toBeLessThanOrEqual(50);
  });

  it('with --expand-groups, finds an EU member through the EU records, marked as such', async () => {
    expect((await run(['country', 'POL', draft, '--format', 'csv'])).stdout.trim().split('\n')).toHaveLength(1); // the header only
    const expanded = await json<{ records: { raw: string; paragraph: string }[] }>(['country', 'POL', draft, '--format', 'json', '--expand-groups']);
    const eu = await json<{ records: { paragraph: string }[] }>(['country', 'EU', draft, '--format', 'json']);
    expect(expanded.records.length).toBe(eu.records.length);
    expect(expanded.records.every((r) => r.raw === 'EU')).toBe(true);
    expect((await run(['country', 'POL', draft, '--expand-groups'])).stdout).toMatch(/support \(EU\)/);
    // GBR had left the Union: no record of it comes from the EU.
    const gbr = await json<{ records: { raw: string }[] }>(['country', 'GBR', draft, '--format', 'json', '--expand-groups']);
    expect(gbr.records.some((r) => r.raw === 'EU')).toBe(false);
  });

  it('rejects an unknown code and --country with exit status 2 and one line', async () => {
    const unknown = await run(['country', 'GRB', draft]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^kyoto-parse: country: 'GRB' is not a delegation code or name; did you mean GBR/);
    expect((await run(['country', 'FRA', draft, '--country', 'RUS'])).status).toBe(2);
  });
});

describe('kyoto-parse paragraph', () => {
  it("gives the text and each delegation's stances on OP6 Bis", async () => {
    const [detail] = await json<{ paragraph: string; text: string; delegations: { country: string; position: number }[] }[]>(
      ['paragraph', 'op6 bis', draft, '--format', 'json']);
    expect(detail.paragraph).toBe('OP6 Bis');
    expect(detail.text).toMatch(/moratorium on the use of the death penalty/);
    const side = (position: number) => detail.delegations.filter((d) => d.position === position).map((d) => d.country);
    expect(side(1)).toEqual(expect.arrayContaining(['EU', 'FRA', 'GBR', 'DEU', 'AUS']));
    expect(side(-1)).toEqual(expect.arrayContaining(['RUS', 'SGP', 'CHN', 'USA', 'SYR', 'EGY']));
  });

  it('shows struck text struck on a terminal, between ~~ marks without colour, within the width', async () => {
    const coloured = await run(['paragraph', 'OP19', draft], { FORCE_COLOR: '1' });
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toContain('\x1b[9m'); // strikethrough
    expect(coloured.stdout).toMatch(/\x1b\[9mProtect and assist-Safeguard\x1b\[29m/);
    const plain = await run(['paragraph', 'OP19', draft]);
    expect(plain.stdout).toContain('~~Protect and~~');
    expect(plain.stdout).not.toMatch(/\x1b/);
    expect(widest(coloured.stdout)).toBeLessThanOrEqual(80);
    expect(widest((await run(['paragraph', 'OP19', draft, '--width', '44'])).stdout)).toBeLessThanOrEqual(44);
  });

  it('writes one CSV row per delegation, with no colour even when colour is forced', async () => {
    const { stdout } = await run(['paragraph', 'OP6 Bis', draft, '--format', 'csv'], { FORCE_COLOR: '3' });
    const rows = stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('file,paragraph,country,name,support,oppose,delete,other,stances,position,labels');
    expect(rows).toContain(`${draft},OP6 Bis,RUS,Russian Federation,0,1,0,0,O,against,Oppose`);
    expect(stdout).not.toMatch(/\x1b/);
  });

  it('says so when the paragraph is not there (exit status 2)', async () => {
    const result = await run(['paragraph', 'OP99', draft]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^kyoto-parse: paragraph: no paragraph 'OP99'/);
  });
});

describe('kyoto-parse contested', () => {
  let ranking: ContestedItem[];
  beforeAll(async () => { ranking = await json<ContestedItem[]>(['contested', draft, '--format', 'json']); });

  it('ranks the victims paragraph OP19, community policing OP12 and the death penalty OP6 Bis among the ten fiercest fights', async () => {
    expect(ranking).toHaveLength(10);
    const top = ranking.map((item) => item.paragraph);
    expect(top).toEqual(expect.arrayContaining(['OP19', 'OP12', 'OP6 Bis']));
  });

  it('is an array ordered by score, each item with paragraph, score and the camps', async () => {
    for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1].score).toBeGreaterThanOrEqual(ranking[i].score);
    expect(ranking.map((item) => item.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const item of ranking) {
      expect(typeof item.paragraph).toBe('string');
      const [f, a] = [item.supporters.length, item.opponents.length];
      expect(item.score).toBeCloseTo((2 * f * a) / (f + a), 3);
    }
    const op6 = ranking.find((item) => item.paragraph === 'OP6 Bis')!;
    expect(op6.supporters).toEqual(expect.arrayContaining(['EU', 'FRA', 'GBR']));
    expect(op6.opponents).toEqual(expect.arrayContaining(['RUS', 'USA', 'SGP']));
  });

  it('--top 0 ranks every paragraph with a position; --top 3 the first three', async () => {
    const all = await json<ContestedItem[]>(['contested', draft, '--format', 'json', '--top', '0']);
    expect(all.length).toBeGreaterThan(40);
    expect(all.slice(0, 10)).toEqual(ranking);
    expect(await json<ContestedItem[]>(['contested', draft, '--format', 'json', '--top', '3'])).toEqual(ranking.slice(0, 3));
    expect((await run(['contested', draft, '--top', 'x'])).status).toBe(2);
  });

  it('--expand-groups spreads the EU position over its members', async () => {
    const expanded = await json<ContestedItem[]>(['contested', draft, '--format', 'json', '--expand-groups']);
    const op6 = expanded.find((item) => item.paragraph === 'OP6 Bis')!;
    expect(op6.supporters).toEqual(expect.arrayContaining(['POL', 'LVA', 'IRL']));
    expect(op6.supporters).toHaveLength(35); // the 19 before and the 16 EU members that did not speak for themselves
    expect(op6.score).toBeGreaterThan(ranking.find((item) => item.paragraph === 'OP6 Bis')!.score);
  });

  it('prints the table with the camps named, within the width, and CSV', async () => {
    const { stdout } = await run(['contested', draft, '--width', '60']);
    expect(stdout).toMatch(/^Contested paragraphs: top 10 of \d+$/m);
    expect(stdout).toMatch(/^ {4}against CHN CUB EGY IRN KWT NGA QAT RUS SGP SYR THA USA$/m);
    expect(widest(stdout)).toBeLessThanOrEqual(60);
    const csv = (await run(['contested', draft, '--format', 'csv'])).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('rank,file,paragraph,score,for,against,mixed,supporters,opponents,mixed_delegations');
    expect(csv).toHaveLength(11);
  });
});

describe('kyoto-parse blocs', () => {
  let blocs: BlocsJson;
  beforeAll(async () => { blocs = await json<BlocsJson>(['blocs', draft, '--format', 'json']); });
  const score = (a: string, b: string) => blocs.agreement.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.score;
  const mean = (group: string[], other: string[]) => {
    const scores = group.flatMap((a) => other.filter((b) => b !== a).map((b) => score(a, b))).filter((s) => s !== undefined);
    return scores.reduce((sum, s) => sum + s, 0) / scores.length;
  };

  it('has the JSON shape: agreement items a, b, score, shared; clusters an array of arrays of codes', async () => {
    expect(blocs.agreement.length).toBeGreaterThan(100);
    for (const pair of blocs.agreement) {
      expect(Object.keys(pair)).toEqual(['a', 'b', 'score', 'shared', 'agreed']);
      expect(pair.a < pair.b).toBe(true);
      expect(pair.shared).toBeGreaterThanOrEqual(5);
      expect(pair.score).toBeCloseTo(pair.agreed / pair.shared, 4);
    }
    expect(blocs.clusters.every((cluster) => Array.isArray(cluster) && cluster.every((code) => typeof code === 'string'))).toBe(true);
  });

  it('gives a symmetric agreement: each pair once in JSON, a symmetric CSV matrix', async () => {
    const keys = blocs.agreement.map((p) => `${p.a} ${p.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    const rows = (await run(['blocs', draft, '--format', 'csv'])).stdout.trimEnd().split('\n').map((line) => line.split(','));
    const codes = rows[0].slice(3);
    const cells = rows.slice(1).map((row) => row.slice(3));
    expect(rows.slice(1).map((row) => row[0])).toEqual(codes);
    for (let i = 0; i < codes.length; i++) {
      expect(cells[i][i]).toBe('1');
      for (let j = 0; j < codes.length; j++) expect(cells[i][j]).toBe(cells[j][i]);
    }
    const pairs = (await run(['blocs', draft, '--format', 'pairs-csv'])).stdout.trimEnd().split('\n');
    expect(pairs[0]).toBe('a,b,score,shared,agreed');
    expect(pairs).toHaveLength(blocs.agreement.length + 1);
  });

  it('has the EU members agree far more with each other than with the delegations that opposed them most', async () => {
    const within = mean(EU_MEMBERS, EU_MEMBERS);
    const across = mean(EU_MEMBERS, OPPONENTS);
    expect(within).toBeGreaterThan(0.85);
    expect(across).toBeLessThan(0.45);
    expect(within - across).toBeGreaterThan(0.4);
    expect(mean(OPPONENTS, OPPONENTS)).toBeGreaterThan(0.75);
  });

  it('splits into two clusters with most EU members on one side and most of their opponents on the other', async () => {
    const { clusters } = await json<BlocsJson>(['blocs', draft, '--format', 'json', '--clusters', '2']);
    expect(clusters).toHaveLength(2);
    const count = (cluster: string[], group: string[]) => group.filter((code) => cluster.includes(code)).length;
    const euSide = clusters.findIndex((cluster) => count(cluster, EU_MEMBERS) > EU_MEMBERS.length / 2);
    expect(euSide).toBeGreaterThanOrEqual(0);
    expect(count(clusters[1 - euSide], OPPONENTS)).toBeGreaterThan(OPPONENTS.length / 2);
    // In fact the split is clean.
    expect(count(clusters[euSide], EU_MEMBERS)).toBe(8);
    expect(count(clusters[1 - euSide], OPPONENTS)).toBe(5);
  });

  it('--min-shared leaves out pairs with fewer shared paragraphs', async () => {
    const strict = await json<BlocsJson>(['blocs', draft, '--format', 'json', '--min-shared', '12']);
    expect(strict.minShared).toBe(12);
    expect(strict.agreement.every((p) => p.shared >= 12)).toBe(true);
    expect(strict.agreement.length).toBeLessThan(blocs.agreement.length);
    expect((await run(['blocs', draft, '--min-shared', '0'])).status).toBe(2);
  });

  it('draws a heatmap within the width: shading without colour, background colours with it, none in CSV or JSON', async () => {
    const plain = await run(['blocs', draft]);
    expect(plain.stdout).toMatch(/█/);
    expect(plain.stdout).not.toMatch(/\x1b/);
    expect(widest(plain.stdout)).toBeLessThanOrEqual(80);
    const coloured = await run(['blocs', draft, '--width', '60'], { FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(/\x1b\[4[12]m/);
    expect(widest(coloured.stdout)).toBeLessThanOrEqual(60);
    expect((await run(['blocs', draft, '--format', 'csv'], { FORCE_COLOR: '3' })).stdout).not.toMatch(/\x1b/);
    expect((await run(['blocs', draft, '--format', 'json'], { FORCE_COLOR: '3' })).stdout).not.toMatch(/\x1b/);
  });

  it('works on several files as one input, and writes -o FILE', async () => {
    const other = 'fixtures/analytics/three.txt';
    const both = await json<BlocsJson>(['blocs', draft, other, '--format', 'json']);
    expect(both.agreement.find((p) => p.a === 'BEL' && p.b === 'FRA')!.shared)
      .toBe(blocs.agreement.find((p) => p.a === 'BEL' && p.b === 'FRA')!.shared + 6);
    const out = join(mkdtempSync(join(tmpdir(), 'kyoto-blocs-')), 'blocs.json');
    expect((await run(['blocs', draft, '--format', 'json', '-o', out])).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(blocs);
  });
});

describe('kyoto-parse blocs --view coproposals', () => {
  // fixtures/analytics/three.txt: FRA and BEL propose paragraphs 1, 2, 4 and 6 together, RUS 3 and 5 alone.
  const three = 'fixtures/analytics/three.txt';

  it('writes the pairs and the delegations as JSON', async () => {
    const coproposals = await json<{ proposals: number; joint: number; pairs: unknown[]; delegations: unknown[] }>(['blocs', three, '--view', 'coproposals', '--format', 'json']);
    expect(coproposals).toMatchObject({ proposals: 6, joint: 4, pairs: [{ a: 'BEL', b: 'FRA', coproposals: 4 }] });
    expect(coproposals.delegations).toEqual([
      { country: 'BEL', name: 'Belgium', proposals: 4, alone: 0, together: 4 },
      { country: 'FRA', name: 'France', proposals: 4, alone: 0, together: 4 },
      { country: 'RUS', name: 'Russian Federation', proposals: 2, alone: 2, together: 0 },
    ]);
  });

  it('writes one CSV row per pair, and a table within the width', async () => {
    expect((await run(['blocs', three, '--view', 'coproposals', '--format', 'csv'])).stdout)
      .toBe('a,b,coproposals,a_proposals,b_proposals\nBEL,FRA,4,4,4\n');
    const table = await run(['blocs', draft, '--view', 'coproposals', '--width', '60']);
    expect(table.status).toBe(0);
    expect(widest(table.stdout)).toBeLessThanOrEqual(60);
    // RUS and SGP propose four texts together (test/coproposals.test.ts reads them in the draft).
    const csv = (await run(['blocs', draft, '--view', 'coproposals', '--format', 'csv'])).stdout.split('\n');
    expect(csv.find((row) => row.startsWith('RUS,SGP,'))).toMatch(/^RUS,SGP,4,/);
  });

  it('leaves the agreement view as it was, and refuses what does not apply to co-proposals', async () => {
    expect((await run(['blocs', three, '--view', 'agreement', '--format', 'json'])).stdout)
      .toBe((await run(['blocs', three, '--format', 'json'])).stdout);
    for (const args of [['--format', 'pairs-csv'], ['--clusters', '2'], ['--view', 'pairs']]) {
      const refused = await run(['blocs', three, '--view', 'coproposals', ...args]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/^kyoto-parse: .*(pairs-csv|--clusters|--view)/);
      expect(refused.stdout).toBe('');
    }
  });
});
