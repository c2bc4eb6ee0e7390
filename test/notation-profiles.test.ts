// Notation profiles: detection, the TPP profile's pieces on small texts modelled on the chapter
// (expectations by reading), the Kyoto notation unchanged, and --notation on the command line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { loadCodeTable } from '../src/records/codes.js';
import { profileCodes } from '../src/profiles/codes.js';
import { detectNotation } from '../src/profiles/detect.js';
import { layoutOf } from '../src/profiles/layout.js';
import { KYOTO_PROFILE, SHIPPED_PROFILES, TPP_PROFILE } from '../src/profiles/shipped.js';
import { runCli } from './cli-in-process.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const brief = (r: { line: number; column: number; raw: string; country: string; stance: string; paragraph: string }) =>
  `${r.line}:${r.column} ${r.raw}=${r.country} ${r.stance} ${r.paragraph}`;
const tpp = (text: string) => parseDraft(text, { file: 't.txt', notation: TPP_PROFILE });

const NO_ANNOTATIONS = ['eu-position-11431-19.txt', 'european-rpm-draft-report-add.txt', 'european-rpm-report.txt', 'kyoto-final-6456-21.txt'];

describe('detection', () => {
  it('picks tpp for the TPP chapter and kyoto for the Kyoto draft', () => {
    expect(detectNotation(fixture('tpp-ip-chapter-2013-08-30.txt')).name).toBe('tpp');
    expect(detectNotation(fixture('kyoto-6227-20-annexes.txt')).name).toBe('kyoto');
  });

  for (const name of NO_ANNOTATIONS) {
    it(`picks kyoto for ${name}, which still gives no records`, () => {
      const text = fixture(name);
      const notation = detectNotation(text);
      expect(notation.name).toBe('kyoto');
      expect(parseDraft(text, { file: name, notation }).records).toEqual([]);
    });
  }
});

describe('the Kyoto notation', () => {
  it('as a profile reads the reference draft exactly as the default does', () => {
    const text = fixture('kyoto-6227-20-annexes.txt');
    const strip = (result: ReturnType<typeof parseDraft>) => JSON.parse(JSON.stringify(result)) as unknown;
    expect(strip(parseDraft(text, { file: 'k', notation: KYOTO_PROFILE }))).toEqual(strip(parseDraft(text, { file: 'k' })));
  });
});

describe('the shipped profiles', () => {
  it('are valid against schema/notation-profile.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'notation-profile.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const profile of SHIPPED_PROFILES.values()) expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('TPP codes', () => {
  const codes = profileCodes(TPP_PROFILE, loadCodeTable());

  it('read ISO alpha-2 as alpha-3, as written and not as an alias', () => {
    expect(codes.lookup('NZ')).toMatchObject({ raw: 'NZ', canonical: 'NZL', name: 'New Zealand', alias: false });
    expect(codes.lookup('BN')?.canonical).toBe('BRN');
    expect(codes.lookup('VN')?.canonical).toBe('VNM');
  });

  it('know only the twelve parties', () => {
    for (const word of ['CP', 'FN', 'GI', 'IP', 'NZL', 'TRIPS', 'X']) expect(codes.lookup(word), word).toBeNull();
  });
});

describe('the TPP layout', () => {
  const page = [
    'Article QQ.A.2:            {Objectives}1',
    '',
    '[NZ/CL/CA2/MX3 propose; US/JP oppose: The objectives of this',
    'Chapter are:]',
    '',
    '1',
    '    Negotiators\' Note: AU supports including objectives.',
    '2   Negotiators\' Note: CA supports this provision in principle, but is reviewing the proposal.',
    '3   Negotiators\' Note: MX will reflect further on the additional subparagraphs (g) and (h).',
    '',
    '                                                         2',
    '\fThis Document Contains TPP CONFIDENTIAL Information                       TPP Negotiations, R18',
    'MODIFIED HANDLING AUTHORIZED                                                           IP Group',
  ].join('\n');
  const layout = layoutOf(page, TPP_PROFILE, Object.keys(TPP_PROFILE.stanceWords))!;
  const lines = layout.text.split('\n');

  it('keeps the text line for line and column for column', () => {
    expect(layout.text.length).toBe(page.length);
    expect(lines.length).toBe(page.split('\n').length);
  });

  it('blanks glued footnote numbers and the page furniture', () => {
    expect(lines[0]).toBe('Article QQ.A.2:            {Objectives} ');
    expect(lines[2]).toBe('[NZ/CL/CA /MX  propose; US/JP oppose: The objectives of this');
    expect(lines[11].trim()).toBe('');
    expect(lines[12].trim()).toBe('');
  });

  it('finds each footnote and its mark', () => {
    expect([...layout.footnoteStarts]).toEqual([6, 8, 9]);
    expect(layout.footnoteOfLine.get(7)).toBe(1);
    expect(layout.marks.get(1)).toEqual({ line: 1, column: 40 });
    expect(layout.marks.get(2)).toEqual({ line: 3, column: 10 });
    expect(layout.marks.get(3)).toEqual({ line: 3, column: 14 });
  });

  it('gives the footnotes\' positions to the paragraph of their marks', () => {
    expect(tpp(page).records.map(brief)).toEqual([
      '3:2 NZ=NZL support QQ.A.2',
      '3:5 CL=CHL support QQ.A.2',
      '3:8 CA=CAN support QQ.A.2',
      '3:12 MX=MEX support QQ.A.2',
      '3:25 US=USA oppose QQ.A.2',
      '3:28 JP=JPN oppose QQ.A.2',
      '7:24 AU=AUS support QQ.A.2',
      '8:24 CA=CAN support QQ.A.2',
      '9:24 MX=MEX other QQ.A.2',
    ]);
  });
});

describe('TPP annotations', () => {
  it('a bare [XX: wording] supports it; codes and stance word open the bracket they concern', () => {
    const text = [
      'Article QQ.A.2:            {Objectives}',
      '',
      '         a. Enhance the role of intellectual property in the [PE: generation,] transfer of',
      '            technology [US/PE oppose: practical] [US/PE: practicable];',
    ].join('\n');
    const { records } = tpp(text);
    expect(records.map(brief)).toEqual([
      '3:63 PE=PER support QQ.A.2',
      '4:25 US=USA oppose QQ.A.2',
      '4:28 PE=PER oppose QQ.A.2',
      '4:51 US=USA support QQ.A.2',
      '4:54 PE=PER support QQ.A.2',
    ]);
    expect(records.map((r) => r.label)).toEqual(['', 'oppose', 'oppose', '', '']);
    expect(records[1].excerpt).toBe('practical');
  });

  it('code-like words that are no delegation give no record', () => {
    const text = [
      'Article QQ.A.5:            {Understandings}',
      '',
      'the WTO General Council Chairperson\'s statement (WT/GC/M/100) on the TRIPS',
      'Agreement [ 18] and Paragraph [X national treatment/judicial procedures] does not apply.',
    ].join('\n');
    expect(tpp(text).records).toEqual([]);
  });

  it('notes give prose positions: supports, is reviewing, understands, reserves its position', () => {
    const text = [
      'Article QQ.A.10: {Transparency}',
      '',
      '1. Each Party shall ensure that its laws are published.1',
      '',
      '1   Negotiators\' Note: AU/NZ/CL is reviewing this provision in light of discussion. CA understands that a',
      '    similar provision has already been agreed. JP reserves its position. SG supports it.',
    ].join('\n');
    expect(tpp(text).records.map((r) => `${r.raw} ${r.stance} ${r.label} ${r.paragraph}`)).toEqual([
      'AU other is reviewing QQ.A.10.1',
      'NZ other is reviewing QQ.A.10.1',
      'CL other is reviewing QQ.A.10.1',
      'CA other understands QQ.A.10.1',
      'JP other reserves its position QQ.A.10.1',
      'SG support supports QQ.A.10.1',
    ]);
  });
});

describe('TPP paragraph IDs', () => {
  it('an article, its numbered paragraphs, a number after an opening annotation, a number with a glued mark', () => {
    const text = [
      '[Article QQ.A.2bis:          {Principles}',
      '',
      '[NZ/CA propose: 1. Each Party may adopt measures.',
      '',
      '2.     Each Party may adopt or maintain appropriate measures.]]',
      '',
      'Article QQ.A.9:            {Implementation of this Chapter}',
      '',
      '[VN: Articles 4 and 5 of the TRIPS shall apply.]',
      '',
      '[US/MX propose; BN oppose: 41. Nothing in this Chapter shall require a Party.]',
      '',
      '1   Negotiators\' Note: AU supports a provision.',
    ].join('\n');
    const { records, paragraphs } = tpp(text);
    expect(paragraphs.map((p) => `${p.id} ${p.kind}`)).toEqual([
      'QQ.A.2bis labelled', 'QQ.A.2bis.1 numbered', 'QQ.A.2bis.2 numbered', 'QQ.A.9 labelled', 'QQ.A.9.4 numbered', 'QQ.A.9.4 footnote',
    ]);
    expect(records.map((r) => `${r.raw} ${r.paragraph}`)).toEqual([
      'NZ QQ.A.2bis.1', 'CA QQ.A.2bis.1', 'VN QQ.A.9', 'US QQ.A.9.4', 'MX QQ.A.9.4', 'BN QQ.A.9.4', 'AU QQ.A.9.4',
    ]);
  });
});

describe('--notation', () => {
  const chapter = 'fixtures/tpp-ip-chapter-2013-08-30.txt';
  const detected = `kyoto-parse: reading ${chapter} with the tpp notation (detected; --notation to choose)\n`;

  it('without it, the TPP chapter is read with the tpp notation, named on stderr once', async () => {
    const run = await runCli(['country', 'NZ', chapter, '--format', 'json', '-q']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe(detected);
    expect(JSON.parse(run.stdout)).toMatchObject({ country: 'NZL' });
  });

  it('with it, nothing is said; the Kyoto draft is never named', async () => {
    const chosen = await runCli([chapter, '--notation', 'tpp', '-q']);
    expect(chosen.status).toBe(0);
    expect(chosen.stderr).toBe('');
    // Footnote 2 (L87) is NZ/SG's note on Article QQ.A.1, where its mark (`property2`, L62) stands.
    expect(chosen.stdout.split('\n').find((line) => line.includes(',NZ,87,'))).toMatch(/^fixtures\/tpp-ip-chapter-2013-08-30\.txt,QQ\.A\.1,NZL,New Zealand,support,supports,NZ,87,24,false,/);
    const kyoto = await runCli(['matrix', 'fixtures/kyoto-6227-20-annexes.txt', '--format', 'csv', '-q']);
    expect(kyoto.stderr).toBe('');
  });

  it('check reads with the same profile', async () => {
    const run = await runCli(['check', chapter, '--notation', 'tpp']);
    expect(run.stdout).toContain('3194:42');
    expect(run.stdout).toContain('duplicate-code');
  });

  it('a name that is no notation and no file, and a file that is no profile, are one-line errors (exit 2)', async () => {
    const unknown = await runCli([chapter, '--notation', 'tpq']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('kyoto-parse: --notation: tpq is neither a notation (kyoto, tpp) nor a file\n');
    const dir = mkdtempSync(join(tmpdir(), 'notation-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...TPP_PROFILE, annotation: 'before' }));
    const invalid = await runCli([chapter, '--notation', bad]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/^kyoto-parse: .*bad\.json: not a notation profile: annotation must be equal to one of the allowed values\n$/);
  });

  it('a user\'s profile file is read as the shipped one would be', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notation-'));
    const mine = join(dir, 'mine.json');
    writeFileSync(mine, JSON.stringify({ ...TPP_PROFILE, name: 'mine', codes: { system: 'alpha-2', delegations: ['NZ'] } }));
    const run = await runCli([chapter, '--notation', mine, '--format', 'json', '-q']);
    expect(run.status, run.stderr).toBe(0);
    const { records } = JSON.parse(run.stdout) as { records: { country: string }[] };
    expect(new Set(records.map((r) => r.country))).toEqual(new Set(['NZL']));
  });
});
