// Names as the UN writes them (issue 19): each checked by hand against the UN's M49 list and UNTERM.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../src/records/codes.js';
import { runCli } from './cli-in-process.js';

const codes = loadCodeTable();

describe("the delegations' names", () => {
  it.each([
    ['CIV', "Côte d'Ivoire"],
    ['CHN', 'China'],
    ['VNM', 'Viet Nam'],
    ['TUR', 'Türkiye'],
    ['IRN', 'Iran (Islamic Republic of)'],
    ['RUS', 'Russian Federation'],
    ['GBR', 'United Kingdom'],
    ['USA', 'United States of America'],
    ['BOL', 'Bolivia (Plurinational State of)'],
    ['VEN', 'Venezuela (Bolivarian Republic of)'],
    ['KOR', 'Republic of Korea'],
    ['PRK', "Democratic People's Republic of Korea"],
    ['CZE', 'Czechia'],
    ['CPV', 'Cabo Verde'],
    ['MDA', 'Republic of Moldova'],
    ['NLD', 'Netherlands (Kingdom of the)'],
    ['VAT', 'Holy See'],
    ['SYR', 'Syrian Arab Republic'],
    ['TZA', 'United Republic of Tanzania'],
    ['FRA', 'France'],
    // Not in the UN's list: ISO 3166's English short name.
    ['TWN', 'Taiwan, Province of China'],
  ])('%s is %s', (code, name) => {
    expect(codes.lookup(code)?.name).toBe(name);
  });

  it('are written with plain apostrophes', () => {
    expect(codes.lookup('CIV')?.name).not.toContain('\u2019');
  });

  it('are what the records of the reference draft carry', async () => {
    const draft = join(import.meta.dirname, '..', 'fixtures', 'kyoto-6227-20-annexes.txt');
    const json = JSON.parse((await runCli([draft, '--format', 'json', '--country', 'CHN,IRN,GBR,RUS'])).stdout);
    const names = new Map(json.records.map((r: { country: string; name: string }) => [r.country, r.name]));
    expect(Object.fromEntries(names)).toEqual({
      CHN: 'China', IRN: 'Iran (Islamic Republic of)', GBR: 'United Kingdom', RUS: 'Russian Federation',
    });
  });
});

describe('delegations named by their UN names on the command line', () => {
  const draft = join(import.meta.dirname, '..', 'fixtures', 'kyoto-6227-20-annexes.txt');
  it.each([
    ['Iran (Islamic Republic of)', 'IRN'],
    ['türkiye', 'TUR'],
    ['Netherlands (Kingdom of the)', 'NLD'],
  ])('--country "%s" finds %s', async (name, code) => {
    const run = await runCli([draft, '--format', 'csv', '--country', name, '-q']);
    expect(run.status).toBe(0);
    const countries = new Set(run.stdout.trim().split('\n').slice(1).map((row) => row.split(',')[2]));
    expect([...countries]).toEqual([code]);
  });
});
