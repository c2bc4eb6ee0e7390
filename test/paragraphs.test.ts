/**
 * NOTATION.md, "Paragraphs and their IDs", on the reference draft and on small
 * synthetic drafts: which line starts which paragraph, the ID it gets, where
 * headings' and notes' annotations go, page breaks, repeats, CRLF and BOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOOK_AHEAD_TOKENS } from '../src/paragraphs/sections.js';
import { parseDraft, readDraft } from '../src/api.js';
import { decodeDraft } from '../src/decode/decode-draft.js';
import { hasChapeau } from '../src/paragraphs/chapeau.js';
import type { Paragraph, ParseResult } from '../src/types.js';
import { cleanText, cleanTextWithStrikes, replaceInPieces } from '../src/util/text.js';

const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
const TEXT = readFileSync(fileURLToPath(new URL(`../${DRAFT}`, import.meta.url)), 'utf8');
const LINES = TEXT.split('\n');
const draft = parseDraft(TEXT, { file: DRAFT });

/** The paragraphs starting on a line (two where a label starts mid-line). */
const startingOn = (line: number, result: ParseResult = draft): Paragraph[] => result.paragraphs.filter((p) => p.startLine === line);
const idsStartingOn = (line: number) => startingOn(line).map((p) => p.id);
/** The paragraph IDs of the records on a line, in column order. */
const recordParagraphs = (line: number, result: ParseResult = draft) => result.records.filter((r) => r.line === line).map((r) => r.paragraph);
const distinct = (xs: string[]) => [...new Set(xs)];

describe('paragraph IDs in the reference draft', () => {
  it('unlabelled paragraphs between `We, the Heads of State` and `Declare the following` are PP1 to PP4 (lines 114-120)', () => {
    expect(LINES[111]).toMatch(/^\*We, the Heads of State/);
    expect(LINES[129]).toMatch(/Declare the following/);
    for (const [line, id] of [[114, 'PP1'], [116, 'PP2'], [118, 'PP3'], [120, 'PP4']] as const) {
      expect(idsStartingOn(line), `line ${line}`).toEqual([id]);
      expect(startingOn(line)[0].kind).toBe('preamble');
      expect(distinct(recordParagraphs(line)), `records on line ${line}`).toEqual([id]);
    }
    // The heading-like lines around them are not preamble paragraphs.
    expect(draft.paragraphs.filter((p) => p.kind === 'preamble' && p.startLine < 444).map((p) => p.id)).toEqual(['PP1', 'PP2', 'PP3', 'PP4']);
  });

  // [line, how the line starts, ID]
  const table: [number, string, string][] = [
    [122, 'PP4 ALT1 ', 'PP4 ALT1'],
    [124, 'PP4 ALT2 ', 'PP4 ALT2'],
    [126, 'PP4 ALT3 ', 'PP4 ALT3'],
    [132, '1. ', 'OP1'],
    [138, 'OPI ALT[', 'OP1 ALT'],
    [144, '2. ', 'OP2'],
    [150, 'OP2 ALT ', 'OP2 ALT'],
    [158, '4.4. ', 'OP4'],
    [191, '8-9. ', 'OP9'],
    [206, '~~9-11.~~ ', 'OP11'],
    [211, '~~10-12.~~ ', 'OP12'],
    [219, '~~11~~-13. ', 'OP13'],
    [221, '~~12~~-14. ', 'OP14'],
    [241, '17. ~~17.~~ ', 'OP17'],
    [242, '18. ', 'OP18'],
    [264, '~~24-23.~~ ', 'OP23'],
    [288, '26-29. ', 'OP29'],
    [300, '~~28-31.~~ ', 'OP31'],
    [312, '~~34-34.~~ ', 'OP34'],
    [384, 'NEW PP5 ', 'NEW PP5'],
    [388, 'New PP5 ALT ', 'NEW PP5 ALT'],
    [394, 'New OP1 replacing OP5 ', 'NEW OP1'],
    [402, 'OP1 ALT Bis. ', 'OP1 ALT Bis'],
    [404, 'OP1 ALT Ter. ', 'OP1 ALT Ter'],
    [406, 'OP1 ALT Quat. ', 'OP1 ALT Quat'],
    [408, 'OP1 ALT Quin. ', 'OP1 ALT Quin'],
    [410, 'OP3 ALT ', 'OP3 ALT'],
    [414, 'OP6 Bis. ', 'OP6 Bis'],
    [418, 'OP6 Bis. ALT ', 'OP6 Bis ALT'],
    [420, 'OP8 Bis. ', 'OP8 Bis'],
    [440, 'OP32 Bis. ', 'OP32 Bis'],
    [442, 'OP32 Bis. ALT ', 'OP32 Bis ALT'],
  ];
  for (const [line, written, id] of table) {
    it(`line ${line} \`${written.trim()}\` is ${id}`, () => {
      expect(LINES[line - 1].startsWith(written)).toBe(true);
      expect(idsStartingOn(line)).toEqual([id]);
      const own = recordParagraphs(line);
      if (own.length > 0) expect(distinct(own)).toEqual([id]);
    });
  }

  it('`OP28 ALT.` starts a paragraph in the middle of line 286, after `28.`', () => {
    const text = LINES[285];
    expect(text.startsWith('28. ')).toBe(true);
    const at = text.indexOf('; (retain original:RUS,IRN,ZAF,THA,GTM,NGA,BEL) OP28 ALT. Explore');
    expect(at).toBeGreaterThan(0);
    expect(idsStartingOn(286)).toEqual(['OP28', 'OP28 ALT']);
    const labelColumn = text.indexOf('OP28 ALT.') + 1;
    const records = draft.records.filter((r) => r.line === 286);
    const before = records.filter((r) => r.column < labelColumn);
    const after = records.filter((r) => r.column > labelColumn);
    expect(before.length).toBeGreaterThan(0);
    expect(distinct(before.map((r) => r.paragraph))).toEqual(['OP28']);
    // `[MEX,SGP,GTM] (add the idea in the beginning of the original:GTM)`
    expect(after.map((r) => `${r.raw} ${r.paragraph}`)).toEqual(['MEX OP28 ALT', 'SGP OP28 ALT', 'GTM OP28 ALT', 'GTM OP28 ALT']);
  });

  it('IDs are unique in the file; a repeated ID gets `#2`, `#3`, …', () => {
    const ids = draft.paragraphs.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const p of draft.paragraphs) {
      const m = /^(.*)#(\d+)$/.exec(p.id);
      expect(p.baseId, p.id).toBe(m ? m[1] : p.id);
      if (m) expect(Number(m[2]), p.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('Annex II\'s `OP1 ALT` (line 400) repeats Annex I\'s `OPI ALT`: OP1 ALT#2', () => {
    expect(LINES[399].startsWith('OP1 ALT We are gravely concerned')).toBe(true);
    expect(idsStartingOn(400)).toEqual(['OP1 ALT#2']);
    expect(startingOn(400)[0].baseId).toBe('OP1 ALT');
  });

  it('Annex III\'s second draft repeats the declaration: PP1#2 to PP4#2, OP1#2, OP2#2 …', () => {
    expect(LINES[465]).toMatch(/^\*We, the Heads of State/);
    expect(LINES[475]).toMatch(/Declare the following/);
    expect(idsStartingOn(468)).toEqual(['PP1#2']);
    expect(idsStartingOn(470)).toEqual(['PP2#2']);
    expect(idsStartingOn(472)).toEqual(['PP3#2']);
    expect(idsStartingOn(474)).toEqual(['PP4#2']);
    expect(LINES[477].startsWith('1. We are gravely concerned')).toBe(true);
    expect(idsStartingOn(478)).toEqual(['OP1#2']);
    expect(idsStartingOn(479)).toEqual(['OP2#2']);
    expect(idsStartingOn(480)).toEqual(['OP3#2']);
  });

  it('the cover note\'s numbered points (lines 84 and 94) are not declaration paragraphs', () => {
    expect(LINES[83].startsWith('1. Following a comparison')).toBe(true);
    expect(LINES[93].startsWith('2. Member States that so wish')).toBe(true);
    const early = draft.paragraphs.filter((p) => p.startLine < 108);
    expect(early.filter((p) => /^(OP|PP|NEW)/.test(p.baseId)).map((p) => `${p.startLine} ${p.id}`)).toEqual([]);
    // So the declaration's first numbered paragraph is plain OP1.
    expect(draft.paragraphs.find((p) => p.baseId === 'OP1')?.id).toBe('OP1');
    expect(draft.paragraphs.find((p) => p.baseId === 'OP1')?.startLine).toBe(132);
  });

  it('a paragraph without a number or label is `L` and its line (line 374)', () => {
    expect(LINES[373].startsWith('Convinced that in times of rising')).toBe(true);
    expect(idsStartingOn(374)).toEqual(['L374']);
    expect(startingOn(374)[0].kind).toBe('unlabelled');
    expect(distinct(recordParagraphs(374))).toEqual(['L374']);
  });
});

describe('which paragraph a block belongs to', () => {
  it('page breaks join: OP1 runs from line 132 across the page number `2` to line 136', () => {
    expect(LINES[131].endsWith('pertaining to combatting')).toBe(true);
    expect(LINES[133]).toBe('2');
    expect(LINES[135].startsWith('crime, including by formulating')).toBe(true);
    const op1 = draft.paragraphs.find((p) => p.id === 'OP1')!;
    expect([op1.startLine, op1.endLine]).toEqual([132, 136]);
    expect(op1.text).toMatch(/pertaining to combatting\s+crime, including by formulating/);
    expect(idsStartingOn(134)).toEqual([]);
    expect(idsStartingOn(136)).toEqual([]);
    const on136 = recordParagraphs(136);
    expect(on136.length).toBe(16);
    expect(distinct(on136)).toEqual(['OP1']);
  });

  it('page breaks join: OP10 across page 7 (line 197), OP16 across page 9 (line 235), OP22 Bis across empty lines', () => {
    expect(LINES[196]).toBe('7');
    expect(distinct(recordParagraphs(199))).toEqual(['OP10']);
    expect(LINES[234]).toBe('9');
    expect(distinct(recordParagraphs(237))).toEqual(['OP16']);
    expect(LINES[431].startsWith('privacy, in the criminal proceedings')).toBe(true);
    expect(recordParagraphs(432)).toEqual(['OP22 Bis', 'OP22 Bis']);
  });

  it('consecutive numbered lines are two paragraphs: OP17 (line 241) and OP18 (line 242)', () => {
    expect(LINES[240].startsWith('17. ')).toBe(true);
    expect(LINES[241].startsWith('18. ')).toBe(true);
    expect(distinct(recordParagraphs(241))).toEqual(['OP17']);
    expect(distinct(recordParagraphs(242))).toEqual(['OP18']);
    expect(draft.paragraphs.find((p) => p.id === 'OP17')!.endLine).toBe(241);
    expect(idsStartingOn(358)).toEqual(['OP48']);
    expect(idsStartingOn(359)).toEqual(['OP49']);
    expect(idsStartingOn(360)).toEqual(['OP50']);
  });

  it('a heading\'s annotations belong to the next paragraph (line 239 → OP17, line 266 → OP24)', () => {
    expect(LINES[238]).toBe('**[Child and [NOR,CAN;delete:USA,CHN]Youth empowerment for crime prevention]**');
    const on239 = draft.records.filter((r) => r.line === 239);
    expect(on239.map((r) => `${r.raw} ${r.stance} ${r.label} ${r.paragraph}`)).toEqual([
      'NOR support  OP17', 'CAN support  OP17', 'USA delete delete OP17', 'CHN delete delete OP17',
    ]);
    expect(idsStartingOn(239)).toEqual([]);
    expect(LINES[265].startsWith('**[Gender-mainstreaming in criminal justice systems/Gender-equality')).toBe(true);
    const on266 = recordParagraphs(266);
    expect(on266.length).toBe(6);
    expect(distinct(on266)).toEqual(['OP24']);
    expect(idsStartingOn(266)).toEqual([]);
  });

  it('a note belongs to the previous paragraph', () => {
    const notes: [number, string, string][] = [
      [128, '[Move OP6 here: GTM;', 'PP4 ALT3'],
      [142, 'Support the original structure[DEU]', 'OP1 ALT'],
      [201, '(Support the original text:', 'OP10'],
      [202, '(move this before OP8: BEL)', 'OP10'],
      [207, '(support original: EGY,IRN,NGA,ALG,SGP)', 'OP11'],
      [222, '(retain original:IRN)', 'OP14'],
      [223, '(delete entire para:RUS)', 'OP14'],
      [376, 'Placement could be discussed later:', 'L374'],
      [386, 'Replace OP6 and OP 7 with this new PP5:', 'NEW PP5'],
      [390, 'Move OP6 to OP1:', 'NEW PP5 ALT'],
      [392, 'Move OP7 before OP6: SYR', 'NEW PP5 ALT'],
      [416, 'Oppose [RUS,SGP,', 'OP6 Bis'],
    ];
    for (const [line, written, id] of notes) {
      expect(LINES[line - 1].startsWith(written), `line ${line}`).toBe(true);
      expect(idsStartingOn(line), `line ${line}`).toEqual([]);
      const on = recordParagraphs(line);
      expect(on.length, `records on line ${line}`).toBeGreaterThan(0);
      expect(distinct(on), `line ${line}`).toEqual([id]);
    }
  });

  it('a label with no prose (`OPI ALT[GTM, supported by THA]`, line 138) takes the next block as its text', () => {
    expect(LINES[137]).toBe('OPI ALT[GTM, supported by THA]');
    const p = draft.paragraphs.find((x) => x.id === 'OP1 ALT')!;
    expect(p.startLine).toBe(138);
    expect(p.endLine).toBeGreaterThanOrEqual(140);
    expect(p.text).toContain('We are gravely concerned that the unprecedented scale');
    expect(idsStartingOn(140)).toEqual([]);
    expect(recordParagraphs(138)).toEqual(['OP1 ALT', 'OP1 ALT']);
    expect(recordParagraphs(140)).toEqual(['OP1 ALT']);
  });

  it('Annex III\'s word-processor residue yields no records and starts no paragraph', () => {
    const residue = LINES.flatMap((l, i) => (/^(\*\*)?(Formatted:|Commented \[A\d+\]:)/.test(l) ? [i + 1] : []));
    expect(residue.length).toBeGreaterThan(10);
    expect(draft.records.filter((r) => residue.includes(r.line))).toEqual([]);
    expect(draft.paragraphs.filter((p) => residue.includes(p.startLine)).map((p) => `${p.startLine} ${p.id}`)).toEqual([]);
  });
});

describe('synthetic drafts', () => {
  const ids = (result: ParseResult) => result.paragraphs.map((p) => p.id);
  const recs = (result: ParseResult) => result.records.map((r) => `${r.raw} ${r.paragraph} ${r.line}:${r.column}`);

  it('preamble paragraphs and the first operative paragraph', () => {
    const result = parseDraft('*We, the Heads of State and Government,*\n\n*Assembled* at the Fourteenth Congress in Kyoto [RUS]\n\n*Taking stock* of the legacy of the United Nations congresses [CHN];\n\n*Declare the following:*\n\n1. We are concerned [FRA]\n');
    expect(ids(result).filter((id) => /^(PP|OP)/.test(id))).toEqual(['PP1', 'PP2', 'OP1']);
    expect(result.records.map((r) => `${r.raw} ${r.paragraph}`)).toEqual(['RUS PP1', 'CHN PP2', 'FRA OP1']);
  });

  it('numbers: typed twice, old then new, struck; consecutive lines are paragraphs', () => {
    const result = parseDraft('4.4. A [FRA]\n8-9. B [BEL]\n~~9-11.~~ C [ITA]\n~~11~~-13. D [DEU]\n17. ~~17.~~ E [AUT]\n');
    expect(ids(result)).toEqual(['OP4', 'OP9', 'OP11', 'OP13', 'OP17']);
    expect(result.records.map((r) => r.paragraph)).toEqual(['OP4', 'OP9', 'OP11', 'OP13', 'OP17']);
  });

  it('labels are case-normalised', () => {
    const result = parseDraft([
      'PP4 ALT1 A [FRA]', 'OPI ALT B [BEL]', 'OP6 Bis. C [ITA]', 'OP6 Bis. ALT D [DEU]', 'OP1 ALT Quat. E [AUT]',
      'NEW PP5 F [ESP]', 'New PP5 ALT G [PRT]', 'New OP1 replacing OP5 H [GRC]',
    ].join('\n\n') + '\n');
    expect(ids(result)).toEqual(['PP4 ALT1', 'OP1 ALT', 'OP6 Bis', 'OP6 Bis ALT', 'OP1 ALT Quat', 'NEW PP5', 'NEW PP5 ALT', 'NEW OP1']);
    expect(result.records.map((r) => r.paragraph)).toEqual(ids(result));
  });

  it('label words written in another case are case-normalised, not dropped (`OP7 ter.` is OP7 Ter)', () => {
    const result = parseDraft(['OP7 ter. A [FRA]', 'OP8 BIS. B [BEL]', 'OP2 Alt C [ITA]', 'PP4 alt2 D [DEU]'].join('\n\n') + '\n');
    expect(ids(result)).toEqual(['OP7 Ter', 'OP8 Bis', 'OP2 ALT', 'PP4 ALT2']);
    expect(result.records.map((r) => r.paragraph)).toEqual(ids(result));
  });

  it('a label mid-line after a sentence end', () => {
    const result = parseDraft('28. Promote things;(retain original:RUS) OP28 ALT. Explore ways: [MEX]\n');
    expect(ids(result)).toEqual(['OP28', 'OP28 ALT']);
    expect(result.records.map((r) => `${r.raw} ${r.paragraph}`)).toEqual(['RUS OP28', 'MEX OP28 ALT']);
  });

  it('a repeated ID gets #2', () => {
    const result = parseDraft('1. Text [FRA]\n\n1. Again [BEL]\n\nOP2 ALT x [ITA]\n\nOP2 ALT y [DEU]\n');
    expect(ids(result)).toEqual(['OP1', 'OP1#2', 'OP2 ALT', 'OP2 ALT#2']);
    expect(result.paragraphs.map((p) => p.baseId)).toEqual(['OP1', 'OP1', 'OP2 ALT', 'OP2 ALT']);
  });

  it('a page number joins the two halves of a paragraph; a lower-case block continues the previous one', () => {
    const result = parseDraft('1. We identify gaps pertaining to combatting\n\n2\n\ncrime, including new instruments[EGY]\n\nand more [FRA]\n');
    expect(ids(result)).toEqual(['OP1']);
    expect(result.paragraphs[0]).toMatchObject({ startLine: 1, endLine: 7 });
    expect(result.paragraphs[0].text).not.toMatch(/\b2\b/);
    expect(recs(result)).toEqual(['EGY OP1 5:34', 'FRA OP1 7:11']);
  });

  it('a heading\'s annotations go to the next paragraph; a note\'s to the previous one', () => {
    const result = parseDraft('**[Child and [NOR,CAN;delete:USA]Youth empowerment]**\n\n17. Include children [FRA]\n\n(retain original:IRN)\n\n18. Promote programmes [BEL]\n');
    expect(ids(result)).toEqual(['OP17', 'OP18']);
    expect(result.records.map((r) => `${r.raw} ${r.paragraph}`)).toEqual(['NOR OP17', 'CAN OP17', 'USA OP17', 'FRA OP17', 'IRN OP17', 'BEL OP18']);
  });

  it('a block longer than LOOK_AHEAD_TOKENS tokens is neither a note nor a heading: it is a paragraph of its own', () => {
    // `Oppose` and lines of `[RUS, SGP]` (5 tokens each): one word and codes, a note on OP17 when
    // short; too long for one, a paragraph of its own.
    const note = (n: number) => `Oppose\n${Array.from({ length: n }, () => '[RUS, SGP]').join('\n')}`;
    const short = parseDraft(`17. Include children [FRA]\n\n${note(3)}\n`);
    expect(ids(short)).toEqual(['OP17']);
    expect(short.records.map((r) => r.paragraph)).toEqual(Array(7).fill('OP17'));
    const many = Math.ceil(LOOK_AHEAD_TOKENS / 5) + 10;
    const long = parseDraft(`17. Include children [FRA]\n\n${note(many)}\n`);
    expect(ids(long)).toEqual(['OP17', 'L3']);
    expect(long.records.filter((r) => r.paragraph === 'L3')).toHaveLength(2 * many);
    // Emphasised whole, a long block is no title either (`Child [FRA]`: 4 tokens): its annotations stay its own.
    const emphasised = parseDraft(`**${Array.from({ length: Math.ceil(LOOK_AHEAD_TOKENS / 4) + 10 }, () => 'Child [FRA]').join('\n')}**\n\n18. Next [BEL]\n`);
    expect(ids(emphasised)).toEqual(['L1', 'OP18']);
    expect(parseDraft('**Child [FRA]\nYouth [NOR]**\n\n18. Next [BEL]\n').records.map((r) => r.paragraph)).toEqual(['OP18', 'OP18', 'OP18']);
  });

  it('a label with no prose takes the next block', () => {
    const result = parseDraft('OPI ALT[GTM, supported by THA]\n\nWe are gravely concerned.[finish here:URY]\n\n2. Next [FRA]\n');
    expect(ids(result)).toEqual(['OP1 ALT', 'OP2']);
    expect(result.paragraphs[0].text).toContain('We are gravely concerned.');
    expect(result.records.map((r) => `${r.raw} ${r.paragraph}`)).toEqual(['GTM OP1 ALT', 'THA OP1 ALT', 'URY OP1 ALT', 'FRA OP2']);
  });

  it('word-processor residue yields nothing, even with codes in it', () => {
    const result = parseDraft([
      '1. Text [FRA]',
      'Formatted: Font: Bold, see FRA: USA',
      '**Formatted:** English (United States) [DEU]',
      '**Commented [A1]:** COM preferred option: DEU, ITA',
      '2. More [BEL]',
    ].join('\n\n') + '\n');
    expect(recs(result)).toEqual(['FRA OP1 1:10', 'BEL OP2 9:10']);
    expect(ids(result)).toEqual(['OP1', 'OP2']);
  });

  it('CRLF line ends give the same paragraphs and records as LF', () => {
    const lf = '*We, the Heads of State,*\n\n*Assembled* here [RUS]\n\n*Declare the following:*\n\n1. We are concerned [FRA; delete: USA]\n\n2\n\ncrime [EGY]\n\nOPI ALT[GTM, supported by THA]\n\nWe are concerned.[finish here:URY]\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(lf);
    const a = parseDraft(lf);
    const b = parseDraft(crlf);
    expect(b.records).toEqual(a.records);
    expect(b.paragraphs.map((p) => [p.id, p.startLine, p.endLine, p.text])).toEqual(a.paragraphs.map((p) => [p.id, p.startLine, p.endLine, p.text]));
    expect(recs(a)).toEqual(['RUS PP1 3:19', 'FRA OP1 7:22', 'USA OP1 7:35', 'EGY OP1 11:8', 'GTM OP1 ALT 13:9', 'THA OP1 ALT 13:27', 'URY OP1 ALT 15:31']);
  });

  it('a byte-order mark shifts no column', () => {
    const text = '1. Text [FRA]\n2. More [BEL]\n';
    const plain = parseDraft(text);
    const bom = parseDraft('\uFEFF' + text);
    expect(recs(bom)).toEqual(['FRA OP1 1:10', 'BEL OP2 2:10']);
    expect(bom.records).toEqual(plain.records);
    expect(ids(bom)).toEqual(['OP1', 'OP2']);
    expect(parseDraft('\uFEFF' + text.replace(/\n/g, '\r\n')).records).toEqual(plain.records);
  });

  it('read paragraph by paragraph, gives at any time the diagnostics found so far, and says when they are all in', () => {
    const bytes = Buffer.concat([Buffer.from('1. Text [FRA\n\n2. Bad '), Buffer.from([0xff]), Buffer.from(' [BEL]\n\n3. More (ITA\n')]);
    const reading = readDraft(decodeDraft(bytes), { file: 'bad.txt' });
    const seen = () => reading.diagnostics().map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(seen()).toEqual(['3:8 invalid-encoding']);
    const ids: string[] = [];
    const soFar: string[][] = [];
    for (const part of reading.paragraphs) {
      ids.push(part.paragraph.id);
      soFar.push(seen());
      expect(reading.isComplete()).toBe(false);
    }
    expect(ids).toEqual(['OP1', 'OP2', 'OP3']);
    expect(soFar).toEqual([
      ['1:9 unclosed-group', '3:8 invalid-encoding'],
      ['1:9 unclosed-group', '3:8 invalid-encoding'],
      ['1:9 unclosed-group', '3:8 invalid-encoding', '5:9 unclosed-group'],
    ]);
    expect(reading.isComplete()).toBe(true);
    expect(seen()).toEqual(soFar[2]);
  });

  it('a decoded draft is read as decoded: its text as it is, its replaced bytes reported', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFF1. Text [FRA]\r\n2. Bad '), Buffer.from([0xff]), Buffer.from(' [BEL]\r\n')]);
    const decoded = decodeDraft(bytes);
    expect(decoded.text).toBe('1. Text [FRA]\n2. Bad \uFFFD [BEL]\n');
    const result = parseDraft(decoded, { file: 'bad.txt' });
    expect(recs(result)).toEqual(['FRA OP1 1:10', 'BEL OP2 2:11']);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:8 invalid-encoding']);
    expect(result.diagnostics[0]!.message).toMatch(/^invalid bytes for UTF-8, replaced by U\+FFFD/);
    // The same as the decoded string with the lines named by hand, which cannot name the encoding.
    const byHand = parseDraft(decoded.text, { file: 'bad.txt', invalidLines: [2] });
    expect(byHand.diagnostics[0]!.message).toMatch(/^invalid bytes for the encoding, replaced by U\+FFFD/);
    expect({ ...byHand, diagnostics: [] }).toEqual({ ...result, diagnostics: [] });
  });

  it('numbered points before a chapeau are a cover note\'s; with no chapeau at all they are operative', () => {
    const cover = '1. The Presidency circulates the text [FRA]\n\n';
    const withChapeau = parseDraft(cover + '*We, the Heads of State,*\n\n*Declare the following:*\n\n1. We act [BEL]\n');
    expect(recs(withChapeau)).toEqual(['FRA L1 1:40', 'BEL OP1 7:12']);
    // The words quoted mid-line are no chapeau: the cover note's point is then an operative paragraph.
    const quoted = parseDraft(cover + 'Its chapeau reads "We, the Heads of State" [BEL]\n');
    expect(recs(quoted)).toEqual(['FRA OP1 1:40', 'BEL L3 3:45']);
  });
});

describe('hasChapeau, read from the text without lexing it', () => {
  it('finds no chapeau in words quoted mid-line, continuing a line, or after word-processor residue', () => {
    expect(hasChapeau('A note quoting "We, the Heads of State" [FRA]\n')).toBe(false);
    expect(hasChapeau('Nothing of the kind\n')).toBe(false);
    expect(hasChapeau('Intro line\nWe, the Heads of State\n')).toBe(false);
    expect(hasChapeau('Formatted: Font\n**\nWe, the Heads of State\n')).toBe(false);
  });

  it('finds one where the words open a chunk, after markup on their line or on lines of their own', () => {
    for (const text of [
      'We, the Heads of State\n', 'Intro\n\n**We, the Heads of State,**\n', '> - We, the Heads of State\n',
      'Intro\n\n**\n##\nWe, the Heads of State\n', 'Intro\n \u00a0~~~~\nWe, the Heads of State\n', 'Intro\n12\nWe, the Heads of State\n',
    ]) {
      expect(hasChapeau(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('reads a text in time that grows with its length, however many times the words recur', () => {
    // Quadratic walks would take 16 times as long at four times the size; linear ones four times.
    const shapes = [(n: number) => 'x '.concat('We, the Heads of State '.repeat(n)), (n: number) => 'x\n**\nWe, the Heads of State\n'.repeat(n)];
    for (const shape of shapes) {
      const time = (n: number) => {
        const text = shape(n);
        const runs = [0, 1, 2].map(() => {
          const start = performance.now();
          expect(hasChapeau(text)).toBe(false);
          return performance.now() - start;
        });
        return runs.sort((a, b) => a - b)[1];
      };
      time(5_000);
      // A shared machine can stall one measure: the growth is measured again, up to three times.
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) ratio = time(80_000) / Math.max(time(20_000), 0.05);
      expect(ratio).toBeLessThan(8);
    }
  });
});

describe('cleanTextWithStrikes: the text shown with its struck characters', () => {
  const shown = (source: string) => {
    const { text, struck } = cleanTextWithStrikes(source);
    // Each struck character in brackets: `a [bc] d`.
    return [...text].map((c, i) => (struck[i] === 1 ? `[${c}]` : c)).join('').replace(/\]\[/g, '');
  };

  it('drops strike marks, emphasis and tags, folds white space, and marks what lay between `~~`', () => {
    expect(shown('Keep ~~this text~~ here')).toBe('Keep [this text] here');
    expect(shown('**Bold**\tand  <i>tagged</i>\n~~struck\nover lines~~ end')).toBe('Bold and tagged [struck over lines] end');
    // A page number alone on its line is no text; white space before and after it folds into one space.
    expect(shown('first\n12\n~~second~~')).toBe('first [second]');
    expect(shown('~~open to the end')).toBe('[open to the end]');
  });

  it('one struck mark a character, in a typed array', () => {
    const { text, struck } = cleanTextWithStrikes('ab ~~cd~~ e');
    expect(text).toBe('ab cd e');
    expect(struck).toBeInstanceOf(Uint8Array);
    expect([...struck]).toEqual([0, 0, 0, 1, 1, 0, 0]);
  });
});

describe('replaceInPieces: a long text replaced a piece at a time', () => {
  // Pieces are some 64 KB: a text of 200,000 characters is cut twice or more.
  const filler = (length: number) => 'word '.repeat(Math.ceil(length / 5)).slice(0, length);

  it('folds a run of white space that straddles a cut into one space, as one replace does', () => {
    const text = `${filler(65_534)}x \t\n  \r\n y${filler(100_000)}`;
    const folded = replaceInPieces(text, /\s+/g, ' ');
    expect(folded.indexOf('x y')).toBe(65_534);
    expect(folded).toBe(text.replace(/\s+/g, ' '));
    // The eight white space characters between x and y become one space.
    expect(folded.length).toBe(text.length - 8 + 1);
  });

  it('takes marks out of a long text as one replace does, each mark whole', () => {
    const text = `${filler(65_530)}~~**struck**~~ <em>x</em> ${filler(70_000)}`;
    expect(replaceInPieces(text, /~~|\*+|<\/?[a-z]+>/g, '')).toBe(text.replace(/~~|\*+|<\/?[a-z]+>/g, ''));
  });

  it('leaves a long text with no white space as one piece', () => {
    const text = 'a'.repeat(150_000);
    expect(replaceInPieces(text, /\s+/g, ' ')).toBe(text);
  });

  it('cleanText of a paragraph of 300 KB: marks gone, white space folded, ends trimmed', () => {
    const paragraph = `  ${'Parties ~~shall~~\t**cooperate**  \n'.repeat(10_000)}`;
    const cleaned = cleanText(paragraph);
    expect(cleaned.startsWith('Parties shall cooperate Parties shall')).toBe(true);
    expect(cleaned.endsWith('shall cooperate')).toBe(true);
    expect(cleaned.length).toBe('Parties shall cooperate'.length * 10_000 + 9_999);
  });
});
