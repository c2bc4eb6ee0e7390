/**
 * The rules of docs/trace.md ("How far a proposal's wording reaches", the later text's IDs,
 * the tallies), each on the example the README gives from the reference draft, and the tracer's
 * independence from Node (it must run in a browser bundle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';
import { tallyDelegations, traceDrafts, type Proposal } from '../src/trace/index.js';

const read = (p: string) => readFileSync(fileURLToPath(new URL(`../${p}`, import.meta.url)), 'utf8');
const draftText = read('fixtures/kyoto-6227-20-annexes.txt');
const finalText = read('fixtures/kyoto-final-6456-21.txt');
const draft = { text: draftText, parsed: parseDraft(draftText, { file: 'draft' }) };
const final = { text: finalText, parsed: parseDraft(finalText, { file: 'final' }) };
const withBase = traceDrafts(draft, final, { draftLines: { from: 108, to: 443 }, base: draft, baseLines: { from: 444, to: 701 } });

const find = (paragraph: string, code: string, words: string, result = withBase): Proposal | undefined =>
  result.proposals.find((p) => p.draftParagraph === paragraph && p.codes.includes(code) && p.text.includes(words));

describe('how far a proposal\'s wording reaches', () => {
  it('rule 1: an insertion starts at the first word the base lacks (`in Kyoto [RUS, SGP]`)', () => {
    const p = find('PP1', 'RUS', 'Kyoto');
    expect(p).toMatchObject({ kind: 'insert', text: 'in Kyoto', codes: ['RUS', 'SGP'], line: 114, survived: 'yes', laterParagraph: 'PP1', laterLine: 29 });
    expect(find('PP3', 'EGY', 'endeavored')?.text).toBe('in which we endeavored');
  });
  it('rule 1: without a base, an insertion inside a sentence is the clause its codes close (NEW PP5, IRN)', () => {
    expect(find('NEW PP5', 'IRN', 'threat of use of force')?.text).toBe('and non-use or threat of use of force in international relations');
  });
  it('rule 1: a stretch the base has in full is no proposal (`implement the obligations set forth in [COL]`)', () => {
    expect(withBase.proposals.some((p) => p.draftParagraph === 'OP1' && p.codes.includes('COL') && p.text.includes('set forth'))).toBe(false);
  });
  it('rule 2: wording right after struck wording replaces it (PP2, CHN)', () => {
    const p = find('PP2', 'CHN', 'influence');
    expect(p).toMatchObject({ kind: 'replace', text: 'influence on national and international policies and professional practices' });
    expect(p?.original).toBe('achievements in advancing policy discussions and commitments by Member States');
    expect(p?.opponents).toEqual(['CAN', 'THA']);
  });
  it('rule 3: after a `/`, the wording offered instead (`fight/prevent and combat[ITA,EU,FRA]`)', () => {
    expect(find('OP1', 'ITA', 'combat')).toMatchObject({ kind: 'replace', text: 'prevent and combat', codes: ['ITA', 'EU', 'FRA'] });
  });
  it('rule 4: bare codes after or inside struck wording delete it', () => {
    expect(find('PP3', 'FRA', 'aspiration')).toMatchObject({ kind: 'delete', text: 'our political aspiration manifested in', survived: 'yes' });
    expect(find('PP4', 'USA', 'commitment')).toMatchObject({ kind: 'delete', text: 'our political commitment to achieve' });
  });
  it('rule 4: new wording right before a struck run is what the codes proposed (`…complex~~transforms~~ [COL, …]`)', () => {
    const p = find('OP1', 'COL', 'grounds');
    expect(p?.kind).toBe('insert');
    expect(p?.text).toMatch(/^but at the same time, has set the grounds to make crime increasingly transnational, organized and complex/);
  });
  it('rule 5: a label that is wording is a replacement (`[reaffirm:SWE/recall:USA]`, `ALT: …:USA`)', () => {
    expect(find('OP4', 'SWE', 'reaffirm')).toMatchObject({ kind: 'replace', text: 'reaffirm' });
    expect(find('OP4', 'USA', 'recall')).toMatchObject({ kind: 'replace', text: 'recall' });
    expect(find('OP1', 'USA', 'criminal elements')?.text).toBe('At the same time, criminal elements have exploited these conditions to their advantages.');
  });
  it('rule 5: a struck run inside a label that is wording is what it replaces (OP23, RUS)', () => {
    expect(find('OP23', 'RUS', 'convicted criminals')).toMatchObject({ kind: 'replace', text: 'convicted criminals', original: 'them' });
  });
  it('rule 6: a group enclosing wording and `delete until here` deletes that wording (OP2)', () => {
    const p = find('OP2', 'EGY', 'deeply concerned');
    expect(p?.kind).toBe('delete');
    expect(p?.codes).toEqual(['EGY', 'RUS', 'CHN', 'DEU', 'IRN', 'FIN', 'SYR']);
    expect(p?.text).toMatch(/^We are also deeply concerned of the continued and evolving/);
  });
  it('rule 6: `delete “…” and onwards` deletes from the quoted words to the paragraph\'s end (OP8, FRA)', () => {
    const p = find('OP8', 'FRA', 'cultural property');
    expect(p?.kind).toBe('delete');
    expect(p?.text).toMatch(/^trafficking in cultural property, money laundering, .* significant impact on the environment$/);
  });
  it('rule 6: a `delete` label beside proposers is opposition, not a proposal', () => {
    const p = find('OP1', 'EGY', 'greatest possible extent');
    expect(p?.opponents).toEqual(['FRA', 'BEL']);
    expect(withBase.proposals.some((q) => q.draftParagraph === 'OP1' && q.codes.includes('FRA') && q.kind === 'delete' && q.text.includes('greatest'))).toBe(false);
  });
  it('rule 7: ALT paragraphs are one replacement, held by the codes after the label or closing the paragraph', () => {
    expect(find('OP1 ALT', 'GTM', 'gravely concerned')).toMatchObject({ kind: 'replace', codes: ['GTM', 'THA'] });
    expect(find('PP4 ALT1', 'COL', 'Welcoming progress')?.kind).toBe('replace');
    expect(find('PP4 ALT3', 'GTM', 'Welcoming progress')?.codes).toEqual(['GTM', 'QAT', 'SGP']);
    expect(find('L374', 'EU', 'Convinced that')?.kind).toBe('new-paragraph');
  });
  it('rule 7: proposers from a note (`with this new PP5: EGY, RUS`) or an editor\'s line (`Proposals from RUS on OP 1`)', () => {
    expect(find('NEW PP5', 'EGY', 'Recalling all our commitments')).toMatchObject({ kind: 'new-paragraph', codes: ['EGY', 'RUS'] });
    for (const id of ['OP1 ALT#2', 'OP1 ALT Bis', 'OP1 ALT Quin']) expect(find(id, 'RUS', 'We')?.kind, id).toBe('replace');
    expect(withBase.proposals.some((p) => p.draftParagraph === 'OP3 ALT' && p.codes.includes('RUS'))).toBe(false);
  });
  it('rule 4: without a base, wording glued to a strike replaces it (`Enhance~~Strengthen~~ [BGR]`)', () => {
    expect(find('OP8 Bis', 'BGR', 'Enhance')).toMatchObject({ kind: 'replace', text: 'Enhance', original: 'Strengthen' });
  });
});

describe('rule 8: a plain `retain` beside bare codes', () => {
  it('makes them a deletion: of the last clause before them, or of the struck run', () => {
    expect(find('OP9', 'CHE', 'financial flows')).toMatchObject({ kind: 'delete', text: 'and illicit financial flows', survived: 'no' });
    expect(find('OP12', 'EGY', 'community policing')).toMatchObject({ kind: 'delete', text: 'including community policing' });
    expect(find('OP22', 'CHN', 'root causes')?.kind).toBe('delete');
  });
});

describe('verdicts (README, "4. Verdicts")', () => {
  it('a stock phrase elsewhere does not make a proposal partly; a distinctive one does', () => {
    expect(find('OP32', 'AUS', 'survivors')?.survived).toBe('no');
    expect(find('OP2', 'RUS', 'border control')?.survived).toBe('partly');
    expect(find('OP8', 'MEX', 'money laundering')?.survived).toBe('partly');
  });
  it('a long proposal: one distinctive clause found is partly', () => {
    expect(find('NEW OP1', 'AG', 'enabling factor')?.survived).toBe('partly');
    expect(find('OP3 ALT', 'GTM', 'mutually reinforcing')?.survived).toBe('partly');
  });
  it('the name of an instrument cited elsewhere does not carry a proposal (PP3, MEX)', () => {
    expect(find('PP3', 'MEX', 'Urban Agenda')?.survived).toBe('no');
    expect(find('OP14', 'MEX', 'Statistics Division')?.survived).toBe('no');
  });
  it('a common word matched alone, outside a phrase, is not the wording\'s survival', () => {
    expect(find('OP29', 'CHN', 'community services')?.survived).toBe('no');
  });
  it('a rare word found in a mapped paragraph without its context', () => {
    expect(find('OP32', 'CAN', 'timely')).toMatchObject({ survived: 'yes', laterParagraph: '42' });
  });
  it('an alternative that lost: the original stands, the replacement\'s own words do not', () => {
    expect(find('OP29', 'RUS', 'rehabilitative policies')?.survived).toBe('no');
  });
  it('wording found in full elsewhere with its draft context moved whole', () => {
    expect(find('OP2', 'FRA', 'tools against crime')).toMatchObject({ survived: 'yes', laterParagraph: '7' });
  });
});

describe('the later text and the map', () => {
  it('every link carries the later line; a dropped paragraph has one row with empty later fields', () => {
    for (const l of withBase.paragraphs) {
      if (l.relation === 'dropped') expect(l.laterParagraph === null && l.laterLine === null).toBe(true);
      else expect(typeof l.laterLine).toBe('number');
    }
    expect(withBase.paragraphs.filter((l) => l.draftParagraph === 'PP1')).toEqual([
      { draftParagraph: 'PP1', draftLine: 114, laterParagraph: 'PP1', laterLine: 29, relation: 'kept', similarity: expect.any(Number) },
    ]);
  });
  it('maps OP13 to 17 (`Enhance evidence-based crime prevention strategies…`) as kept', () => {
    expect(withBase.paragraphs.find((l) => l.draftParagraph === 'OP13')).toMatchObject({ laterParagraph: '17', laterLine: 86, relation: 'kept' });
  });
  it('works without a base text (extents from the structure alone)', () => {
    const bare = traceDrafts(draft, final, { draftLines: { from: 108, to: 443 } });
    expect(bare.paragraphs).toEqual(withBase.paragraphs);
    expect(bare.proposals.length).toBeGreaterThan(0);
  });
});

describe('delegation tallies', () => {
  it('count proposals, verdicts, deletions and upheld oppositions; attainment as documented', () => {
    const base = { draftParagraph: 'P', line: 1, column: 1, text: 'x', laterParagraph: null, laterLine: null, laterText: '', score: 0, original: '', paragraphOpponents: [] as string[] };
    const tallies = tallyDelegations([
      { ...base, codes: ['AAA'], kind: 'insert', survived: 'yes', opponents: ['BBB'] },
      { ...base, codes: ['AAA', 'CCC'], kind: 'delete', survived: 'partly', opponents: [] },
      { ...base, codes: ['BBB'], kind: 'delete', survived: 'yes', opponents: ['AAA'] },
      { ...base, codes: ['CCC'], kind: 'insert', survived: 'no', opponents: ['BBB'] },
    ]);
    const aaa = tallies.find((t) => t.code === 'AAA');
    expect(aaa).toMatchObject({ proposals: 2, yes: 1, partly: 1, no: 0, deletionsSought: 1, deletionsAchieved: 0, oppositions: 1, oppositionsUpheld: 0 });
    expect(aaa?.attainment).toBeCloseTo((1 + 0.5) / 3, 3);
    const bbb = tallies.find((t) => t.code === 'BBB');
    expect(bbb).toMatchObject({ proposals: 1, yes: 1, deletionsSought: 1, deletionsAchieved: 1, oppositions: 2, oppositionsUpheld: 1 });
    expect(bbb?.attainment).toBeCloseTo((1 + 1) / 3, 3);
  });
  it('a note opposing a paragraph\'s changes is one opposition, upheld when most of them are `no`', () => {
    const base = { line: 1, column: 1, text: 'x', laterParagraph: null, laterLine: null, laterText: '', score: 0, original: '', opponents: [] as string[] };
    const tallies = tallyDelegations([
      { ...base, draftParagraph: 'P1', codes: ['AAA'], kind: 'insert', survived: 'no', paragraphOpponents: ['DDD'] },
      { ...base, draftParagraph: 'P1', codes: ['BBB'], kind: 'insert', survived: 'no', paragraphOpponents: ['DDD'] },
      { ...base, draftParagraph: 'P1', codes: ['CCC'], kind: 'insert', survived: 'yes', paragraphOpponents: ['DDD'] },
      { ...base, draftParagraph: 'P2', codes: ['AAA'], kind: 'insert', survived: 'yes', paragraphOpponents: ['DDD'] },
    ]);
    expect(tallies.find((t) => t.code === 'DDD')).toMatchObject({ proposals: 0, oppositions: 2, oppositionsUpheld: 1, attainment: 0.5 });
  });
});

describe('browser-safe', () => {
  it('no module of src/trace imports a Node built-in or a package', () => {
    const dir = fileURLToPath(new URL('../src/trace/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`${dir}${file}`, 'utf8');
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) expect(spec, `${file}: ${spec}`).toMatch(/^\.\.?\//);
    }
  });
});

describe('rows with the issue\'s columns', () => {
  it('paragraph, proposal and delegation rows, in column order', async () => {
    const { paragraphRows, proposalRows, delegationRows, PARAGRAPH_COLUMNS, PROPOSAL_COLUMNS, DELEGATION_COLUMNS } = await import('../src/trace/index.js');
    const p = paragraphRows(withBase.paragraphs);
    expect(Object.keys(p[0])).toEqual([...PARAGRAPH_COLUMNS]);
    const dropped = p.find((r) => r.relation === 'dropped');
    expect(dropped && [dropped.later_paragraph, dropped.later_line, dropped.similarity]).toEqual(['', '', '']);
    const q = proposalRows(withBase.proposals);
    expect(Object.keys(q[0])).toEqual([...PROPOSAL_COLUMNS]);
    expect(q.find((r) => r.draft_paragraph === 'PP1')).toMatchObject({ codes: 'RUS;SGP', kind: 'insert', text: 'in Kyoto', survived: 'yes', later_paragraph: 'PP1', later_line: 29 });
    expect(Object.keys(delegationRows(withBase.delegations)[0])).toEqual([...DELEGATION_COLUMNS]);
  });
});

describe('input forms', () => {
  it('a BOM and CRLF line ends give the same trace', () => {
    const crlf = `\uFEFF${draftText.replace(/\n/g, '\r\n')}`;
    const other = { text: crlf, parsed: parseDraft(crlf, { file: 'draft' }) };
    const again = traceDrafts(other, final, { draftLines: { from: 108, to: 443 }, base: other, baseLines: { from: 444, to: 701 } });
    expect(again.proposals).toEqual(withBase.proposals);
    expect(again.paragraphs).toEqual(withBase.paragraphs);
  });
});
