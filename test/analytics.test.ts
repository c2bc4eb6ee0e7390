// The analytics on hand-made fixtures whose answers are worked out by hand (fixtures/analytics/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../src/analyses/agreement.js';
import { clusterDelegations } from '../src/analyses/blocs.js';
import { contentionScore, rankContested } from '../src/analyses/contested.js';
import { summariseCountry } from '../src/analyses/country.js';
import { expandGroups, isExpanded, loadGroupMemberships } from '../src/analyses/expand-groups.js';
import { emptyCounts } from '../src/analyses/matrix.js';
import { findParagraphs, paragraphDetail, sourceLines } from '../src/analyses/paragraph-detail.js';
import { buildPositions, positionOf } from '../src/analyses/positions.js';
import { parseDraft } from '../src/api.js';
import { formatBlocsCsv, formatPairsCsv } from '../src/formatters/blocs-csv.js';
import { formatBlocsJson } from '../src/formatters/blocs-json.js';
import { formatBlocsTable } from '../src/formatters/blocs-table.js';
import { formatContestedJson } from '../src/formatters/contested-json.js';
import { formatContestedTable } from '../src/formatters/contested-table.js';
import { formatCountryTable } from '../src/formatters/country-table.js';
import { formatParagraphTable } from '../src/formatters/paragraph-table.js';
import { loadCodeTable } from '../src/records/codes.js';

const root = join(import.meta.dirname, '..');

function parseFixture(name: string) {
  const file = `fixtures/analytics/${name}`;
  return parseDraft(readFileSync(join(root, file), 'utf8'), { file });
}

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map((line) => [...line].length));
}

describe('positions', () => {
  it('is the sign of support minus oppose and delete; other records count for nothing', () => {
    expect(positionOf({ ...emptyCounts(), support: 2 })).toBe(1);
    expect(positionOf({ ...emptyCounts(), oppose: 1 })).toBe(-1);
    expect(positionOf({ ...emptyCounts(), delete: 1 })).toBe(-1);
    expect(positionOf({ support: 2, oppose: 1, delete: 0, other: 0 })).toBe(1);
    expect(positionOf({ support: 1, oppose: 1, delete: 1, other: 0 })).toBe(-1);
    expect(positionOf({ support: 1, oppose: 0, delete: 1, other: 3 })).toBe(0);
    expect(positionOf({ ...emptyCounts(), other: 2 })).toBeNull();
  });

  it('gives one position per delegation and paragraph of the three-delegation fixture', () => {
    const positions = buildPositions(parseFixture('three.txt').records);
    expect(positions.countries).toEqual(['BEL', 'FRA', 'RUS']);
    expect(positions.paragraphs.map((p) => p.key)).toEqual(['OP1', 'OP2', 'OP3', 'OP4', 'OP5', 'OP6']);
    const of = (country: string) => positions.paragraphs.map((p) => positions.byCountry.get(country)!.get(p.key)!.position);
    expect(of('FRA')).toEqual([1, 1, -1, 1, -1, 1]);
    expect(of('BEL')).toEqual([1, 1, -1, 1, -1, 1]);
    expect(of('RUS')).toEqual([-1, -1, 1, -1, 1, -1]);
  });

  it('keeps the same paragraph ID of two files apart', () => {
    const records = parseFixture('three.txt').records;
    const positions = buildPositions([...records, ...records.map((r) => ({ ...r, file: 'other.txt' }))]);
    expect(positions.multiFile).toBe(true);
    expect(positions.paragraphs).toHaveLength(12);
    expect(positions.paragraphs[0].key).toBe('fixtures/analytics/three.txt:OP1');
  });
});

describe('agreement on the three-delegation fixture (FRA and BEL always together, RUS always against them)', () => {
  const positions = buildPositions(parseFixture('three.txt').records);

  it('scores FRA-BEL 1 and each of them with RUS 0, over 6 shared paragraphs', () => {
    const agreement = computeAgreement(positions);
    expect(agreement.pairs).toEqual([
      { a: 'BEL', b: 'FRA', score: 1, shared: 6, agreed: 6 },
      { a: 'BEL', b: 'RUS', score: 0, shared: 6, agreed: 0 },
      { a: 'FRA', b: 'RUS', score: 0, shared: 6, agreed: 0 },
    ]);
  });

  it('is symmetric: the pair is the same whichever way it is asked for', () => {
    const agreement = computeAgreement(positions);
    for (const a of agreement.countries) {
      for (const b of agreement.countries) {
        if (a !== b) expect(agreement.pair(a, b)).toBe(agreement.pair(b, a));
      }
    }
  });

  it('leaves out pairs with fewer shared paragraphs than --min-shared', () => {
    expect(computeAgreement(positions, { minShared: 6 }).pairs).toHaveLength(3);
    expect(computeAgreement(positions, { minShared: 7 }).pairs).toEqual([]);
    const three = buildPositions(parseFixture('three.txt').records.filter((r) => ['OP1', 'OP2', 'OP3'].includes(r.paragraph)));
    expect(computeAgreement(three).pairs).toEqual([]);
    expect(computeAgreement(three, { minShared: 3 }).pair('FRA', 'BEL')).toEqual({ a: 'BEL', b: 'FRA', score: 1, shared: 3, agreed: 3 });
  });

  it('clusters FRA with BEL and RUS alone, by default and with 2 clusters, whatever the linkage', () => {
    const agreement = computeAgreement(positions);
    expect(clusterDelegations(agreement).clusters).toEqual([['BEL', 'FRA'], ['RUS']]);
    for (const linkage of ['average', 'complete', 'single', 'ward'] as const) {
      expect(clusterDelegations(agreement, { clusters: 2, linkage }).clusters).toEqual([['BEL', 'FRA'], ['RUS']]);
    }
    expect(clusterDelegations(agreement, { clusters: 1 }).clusters).toEqual([['BEL', 'FRA', 'RUS']]);
    expect(clusterDelegations(agreement, { clusters: 3 }).clusters).toEqual([['BEL'], ['FRA'], ['RUS']]);
  });

  it('does not cluster delegations without a scored pair', () => {
    const agreement = computeAgreement(positions, { minShared: 7 });
    expect(clusterDelegations(agreement)).toMatchObject({ clusters: [], unclustered: ['BEL', 'FRA', 'RUS'] });
  });

  it('writes the scores as a symmetric CSV matrix, as pairs, and as JSON', () => {
    const agreement = computeAgreement(positions);
    const blocs = clusterDelegations(agreement);
    expect(formatBlocsCsv({ agreement, blocs }, { escapeFormulas: true })).toBe([
      'country,name,cluster,BEL,FRA,RUS',
      'BEL,Belgium,1,1,1,0',
      'FRA,France,1,1,1,0',
      'RUS,Russian Federation,2,0,0,1',
      '',
    ].join('\n'));
    expect(formatPairsCsv({ agreement })).toBe('a,b,score,shared,agreed\nBEL,FRA,1,6,6\nBEL,RUS,0,6,0\nFRA,RUS,0,6,0\n');
    const json = JSON.parse(formatBlocsJson({ agreement, blocs }));
    expect(json.agreement).toEqual([
      { a: 'BEL', b: 'FRA', score: 1, shared: 6, agreed: 6 },
      { a: 'BEL', b: 'RUS', score: 0, shared: 6, agreed: 0 },
      { a: 'FRA', b: 'RUS', score: 0, shared: 6, agreed: 0 },
    ]);
    expect(json.clusters).toEqual([['BEL', 'FRA'], ['RUS']]);
    expect(json.delegations).toEqual([
      { country: 'BEL', name: 'Belgium', cluster: 1 },
      { country: 'FRA', name: 'France', cluster: 1 },
      { country: 'RUS', name: 'Russian Federation', cluster: 2 },
    ]);
  });

  it('draws the heatmap with shading characters without colour and background colours with it', () => {
    const agreement = computeAgreement(positions);
    const blocs = clusterDelegations(agreement);
    const text = formatBlocsTable({ agreement, blocs }, { chalk: plain, width: 80 });
    expect(text).not.toMatch(/\x1b/);
    const map = text.split('\n').filter((line) => /^(BEL|FRA|RUS) /.test(line));
    // Rows and columns in cluster order (FRA, BEL in dendrogram order, then RUS). 1 is the darkest shade, 0 blank.
    expect(map).toEqual(['FRA ╲╲██', 'BEL ██╲╲', 'RUS     ╲╲']);
    expect(text).toContain('  1 (2)  BEL FRA');
    expect(text).toContain('  BEL-FRA  1.00  same side on 6 of 6 shared paragraphs');
    const colour = formatBlocsTable({ agreement, blocs }, { chalk: coloured, width: 80 });
    expect(colour).toContain('\x1b[42m'); // green background: agreement >= 0.8
    expect(colour).toContain('\x1b[41m'); // red background: agreement < 0.2
    expect(stripVTControlCharacters(colour).split('\n').filter((l) => /^(BEL|FRA|RUS) /.test(l)))
      .toEqual(['FRA ╲╲    ', 'BEL   ╲╲  ', 'RUS     ╲╲']);
  });
});

describe('contention on the five-paragraph fixture', () => {
  const ranking = rankContested(buildPositions(parseFixture('contested.txt').records));

  it('is the harmonic mean of the camp sizes: 12 v 12 ranks above 1 v 1, a lone opponent is no fight', () => {
    expect(contentionScore(12, 12)).toBe(12);
    expect(contentionScore(1, 1)).toBe(1);
    expect(contentionScore(20, 1)).toBeCloseTo(40 / 21, 10);
    expect(contentionScore(5, 0)).toBe(0);
  });

  it('ranks the paragraphs by the scores worked out by hand', () => {
    // OP1 3 v 3 -> 3; OP5 2 v 2 (FRA mixed: 1 support, 1 delete) -> 2; OP2 5 v 1 -> 10/6; OP3 1 v 1 -> 1; OP4 4 v 0 -> 0.
    expect(ranking.map((p) => [p.paragraph, p.score])).toEqual([
      ['OP1', 3], ['OP5', 2], ['OP2', 10 / 6], ['OP3', 1], ['OP4', 0],
    ]);
    expect(ranking[1]).toMatchObject({ rank: 2, supporters: ['GBR', 'USA'], opponents: ['CHN', 'RUS'], mixed: ['FRA'] });
    expect(ranking[0]).toMatchObject({ supporters: ['BEL', 'DEU', 'FRA'], opponents: ['CHN', 'IRN', 'RUS'], mixed: [] });
  });

  it('writes JSON as an array ordered by score, each item with paragraph and score', () => {
    const json = JSON.parse(formatContestedJson({ shown: ranking }));
    expect(json.map((item: { paragraph: string; score: number }) => [item.paragraph, item.score]))
      .toEqual([['OP1', 3], ['OP5', 2], ['OP2', 1.6667], ['OP3', 1], ['OP4', 0]]);
  });

  it('names the camps in the table, within the width', () => {
    const text = formatContestedTable({ shown: ranking.slice(0, 2), total: ranking.length }, { chalk: plain, width: 50 });
    expect(text).toContain('Contested paragraphs: top 2 of 5');
    expect(text).toMatch(/^1 {2}OP1 {9}3\.00 {4}3 {8}3 {6}0$/m);
    expect(text).toMatch(/^ {3}for {5}BEL DEU FRA$/m);
    expect(text).toMatch(/^ {3}against CHN IRN RUS$/m);
    expect(text).toMatch(/^ {3}mixed {3}FRA$/m);
    expect(widest(text)).toBeLessThanOrEqual(50);
  });

  it('gives every paragraph of the three-delegation fixture 2 v 1: 4/3', () => {
    const three = rankContested(buildPositions(parseFixture('three.txt').records));
    expect(three.map((p) => p.score)).toEqual(Array(6).fill(4 / 3));
    expect(three.map((p) => p.paragraph)).toEqual(['OP1', 'OP2', 'OP3', 'OP4', 'OP5', 'OP6']); // ties: document order
  });
});

describe('--expand-groups', () => {
  const [eu] = loadGroupMemberships();
  const codes = loadCodeTable();

  it('ships the EU of 28 February 2020: 27 members, without the United Kingdom, with its source', () => {
    expect(eu.group).toBe('EU');
    expect(eu.date).toBe('2020-02-28');
    expect(eu.source).toMatch(/europa\.eu/);
    expect(eu.members).toHaveLength(27);
    expect(eu.members).not.toContain('GBR');
    expect([...eu.members].sort()).toEqual(['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GRC',
      'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE']);
    for (const code of eu.members) expect(codes.lookup(code)?.kind).toBe('country');
  });

  it("adds the group's stance for each member without a record of its own on the paragraph", () => {
    const records = parseFixture('groups.txt').records;
    const expanded = expandGroups(records, [eu], codes);
    const count = (paragraph: string) => expanded.filter((r) => r.paragraph === paragraph && isExpanded(r, [eu])).length;
    expect(count('OP1')).toBe(27);
    expect(count('OP2')).toBe(26); // FRA speaks for itself there
    expect(count('OP3')).toBe(26); // and takes the other side: its own record stands
    expect(expanded).toHaveLength(records.length + 27 + 26 + 26);
    const pol = expanded.filter((r) => r.country === 'POL');
    expect(pol.map((r) => [r.paragraph, r.stance, r.raw, r.name])).toEqual([
      ['OP1', 'support', 'EU', 'Poland'], ['OP2', 'support', 'EU', 'Poland'], ['OP3', 'support', 'EU', 'Poland'],
    ]);
    expect(expanded.filter((r) => r.country === 'FRA').map((r) => [r.paragraph, r.stance, r.raw]))
      .toEqual([['OP1', 'support', 'EU'], ['OP2', 'support', 'FRA'], ['OP3', 'oppose', 'FRA']]);
    expect(expanded.filter((r) => r.country === 'EU')).toHaveLength(3); // the group keeps its own records
    expect(expanded.some((r) => r.country === 'GBR')).toBe(false);
  });

  it('keeps the records in order of position and leaves records without a group alone', () => {
    const records = parseFixture('three.txt').records;
    expect(expandGroups(records, [eu], codes)).toEqual(records);
    const expanded = expandGroups(parseFixture('groups.txt').records, [eu], codes);
    const positions = expanded.map((r) => r.line * 10000 + r.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('spreads the EU position: the members join the camp the EU is in', () => {
    const ranking = rankContested(buildPositions(expandGroups(parseFixture('groups.txt').records, [eu], codes)));
    const op1 = ranking.find((p) => p.paragraph === 'OP1')!;
    expect(op1.supporters).toHaveLength(28); // the EU and its 27 members
    expect(op1.opponents).toEqual(['RUS']);
  });
});

describe('country', () => {
  it('counts paragraphs per stance, not records', () => {
    const records = parseFixture('contested.txt').records;
    expect(summariseCountry('FRA', 'France', records)).toEqual({
      country: 'FRA', name: 'France', records: 6, paragraphs: 5, supported: 5, opposed: 0, deleted: 1, other: 0,
    });
  });

  it('lists the records by paragraph within the width, the summary first', () => {
    const records = parseFixture('contested.txt').records.filter((r) => r.country === 'FRA');
    const text = formatCountryTable({ summary: summariseCountry('FRA', 'France', records), records, expandedGroups: new Set() }, { chalk: plain, width: 60 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('FRA France: supported 5, opposed 0, sought to delete 1 of 5');
    expect(lines[1]).toBe('paragraphs (6 records)');
    expect(lines[3]).toMatch(/^paragraph {2}stance {3}label {3}excerpt$/);
    expect(lines.filter((line) => /^OP5 /.test(line))).toHaveLength(1); // the ID once per paragraph
    expect(lines).toContain('           delete   delete  and money laundering');
    expect(widest(text)).toBeLessThanOrEqual(60);
  });
});

describe('paragraph', () => {
  const text = [
    'We, the Heads of State',
    '',
    '1. Promote ~~and protect~~ the rule of law [FRA; delete: RUS] and Enhance~~Strengthen~~ [BGR] cooperation',
    '',
  ].join('\n');
  const result = parseDraft(text, { file: 'x.txt' });

  it('finds a paragraph by ID whatever the case, and marks its struck runs', () => {
    const [paragraph] = findParagraphs(result.paragraphs, 'op1');
    expect(paragraph.id).toBe('OP1');
    const detail = paragraphDetail(paragraph, sourceLines(text), result.records);
    expect(detail.segments).toEqual([
      { text: '1. Promote ', struck: false },
      { text: 'and protect', struck: true },
      { text: ' the rule of law [FRA; delete: RUS] and Enhance', struck: false },
      { text: 'Strengthen', struck: true },
      { text: ' [BGR] cooperation', struck: false },
    ]);
    expect(detail.segments.map((s) => s.text).join('')).toBe(paragraph.text);
    expect(detail.delegations.map((d) => [d.country, d.position])).toEqual([['BGR', -1], ['FRA', 1], ['RUS', -1]]);
  });

  it('shows struck text as struck on a terminal and between ~~ marks without colour', () => {
    const detail = paragraphDetail(findParagraphs(result.paragraphs, 'OP1')[0], sourceLines(text), result.records);
    const marked = formatParagraphTable([detail], { chalk: plain, width: 80 });
    expect(marked).toContain('1. Promote ~~and protect~~ the rule of law [FRA; delete: RUS] and');
    expect(marked).toContain('Enhance~~Strengthen~~ [BGR] cooperation');
    expect(marked).toMatch(/^RUS {3}D1 {7}against {3}delete$/m);
    const struck = formatParagraphTable([detail], { chalk: coloured, width: 80 });
    expect(struck).toContain('\x1b[9mand protect\x1b[29m');
    expect(struck).not.toContain('~~');
    for (const width of [40, 60]) {
      expect(widest(formatParagraphTable([detail], { chalk: plain, width }))).toBeLessThanOrEqual(width);
      expect(widest(formatParagraphTable([detail], { chalk: coloured, width }))).toBeLessThanOrEqual(width);
    }
  });
});
