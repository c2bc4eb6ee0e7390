// `kyoto-parse trace` (issue 22) on the real fixtures, in process through main (the binary's entry):
// the reference draft's Annexes I and II (lines 108-443), with its Annex III (444-701) as the
// Chair's clean text, traced into the adopted declaration. The rows asserted were checked by hand
// against the two texts and against the maintainers' sample (fixtures/trace/sample).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTraceCsv } from '../src/formatters/trace-csv.js';
import { PLAIN } from '../src/formatters/terminal/colour.js';
import { sideBySide, wordDiff } from '../src/formatters/terminal/word-diff.js';
import type { Proposal } from '../src/trace/types.js';
import { runCli, type CliRun } from './cli-in-process.js';

const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
const FINAL = 'fixtures/kyoto-final-6456-21.txt';
const REFERENCE = [DRAFT, FINAL, '--draft-lines', '108-443', '--base-lines', '444-701'];

const trace = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['trace', ...args], options);

/** CSV rows as objects: the trace's cells hold commas and quotes, never line breaks. */
function csvRows(text: string): Record<string, string>[] {
  const parse = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const [header, ...rows] = text.trimEnd().split('\n').map(parse);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const widest = (text: string) => Math.max(...stripVTControlCharacters(text).split('\n').map((line) => [...line].length));

function ok(run: CliRun): string {
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('kyoto-parse trace: the reference draft into the adopted text', () => {
  let proposals: Record<string, string>[];
  let proposalsCsv: string;
  beforeAll(async () => {
    proposalsCsv = ok(await trace([...REFERENCE, '--format', 'csv']));
    proposals = csvRows(proposalsCsv);
  });

  it('writes the proposals as CSV by default, with the issue\'s columns', () => {
    expect(proposalsCsv.split('\n')[0]).toBe('draft_paragraph,line,column,codes,kind,text,survived,later_paragraph,later_line,later_text,score');
    expect(proposals.length).toBeGreaterThan(300);
    expect(new Set(proposals.map((p) => p.survived))).toEqual(new Set(['yes', 'partly', 'no']));
  });

  it('finds the proposals a reader finds, with the verdicts a reader gives', () => {
    const find = (paragraph: string, codes: string, text: string) =>
      proposals.filter((p) => p.draft_paragraph === paragraph && p.codes === codes && p.text === text);
    // PP1 (line 114): "…the Fourth Congress in 1970 in Kyoto [RUS, SGP], where…"; the base (Annex III)
    // has "in 1970", so the insertion is "in Kyoto"; final PP1 (line 29) reads "…in 1970 in Kyoto, where…".
    expect(find('PP1', 'RUS;SGP', 'in Kyoto')).toMatchObject([{ kind: 'insert', survived: 'yes', later_paragraph: 'PP1', later_line: '29', line: '114' }]);
    // PP3 (line 118): "*Recalling* ~~our political aspiration manifested in [FRA]~~ the Doha Declaration";
    // final PP3 (line 33): "Recalling the Doha Declaration…": the deletion succeeded.
    expect(find('PP3', 'FRA', 'our political aspiration manifested in')).toMatchObject([{ kind: 'delete', survived: 'yes', later_paragraph: 'PP3', later_line: '33' }]);
    // OP1 (line 132): "…to fight/prevent and combat[ITA,EU,FRA]…"; final paragraph 5 (line 46, its
    // number lost in conversion, so L46): "…intensify global concerted efforts to prevent and combat crime".
    expect(find('OP1', 'ITA;EU;FRA', 'prevent and combat')).toMatchObject([{ kind: 'replace', survived: 'yes', later_paragraph: 'L46', later_line: '46' }]);
    // OP1: FRA's "step up our efforts to fully and effectively": neither "step up" nor "fully and
    // effectively" is anywhere in the final.
    expect(find('OP1', 'FRA', 'step up our efforts to fully and effectively')).toMatchObject([{ kind: 'insert', survived: 'no' }]);
  });

  it('maps paragraphs as the sample does: PP1 kept as final PP1, PP3 split into final PP3 and PP4', async () => {
    const csv = ok(await trace([...REFERENCE, '--format', 'csv', '--view', 'paragraphs', '--paragraph', 'PP1,pp3']));
    expect(csv).toBe([
      'draft_paragraph,draft_line,later_paragraph,later_line,relation,similarity',
      'PP1,114,PP1,29,kept,0.748',
      'PP3,118,PP3,33,split,0.844',
      'PP3,118,PP4,35,split,0.571',
      '',
    ].join('\n'));
    const sample = readFileSync('fixtures/trace/sample/paragraph-map.csv', 'utf8');
    expect(sample).toContain('PP1,114,PP1,kept');
    expect(sample).toContain('PP3,118,PP3;PP4,split');
  });

  it('tallies the delegations with the attainment the README defines', async () => {
    const csv = ok(await trace([...REFERENCE, '--format', 'csv', '--view', 'delegations']));
    expect(csv.split('\n')[0]).toBe('code,proposals,yes,partly,no,deletions_sought,deletions_achieved,oppositions,oppositions_upheld,attainment');
    const rows = csvRows(csv);
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      const n = (k: string) => Number(r[k]);
      expect(n('yes') + n('partly') + n('no')).toBe(n('proposals'));
      const positions = n('proposals') + n('oppositions');
      // Rounded to three decimals.
      expect(Math.abs(n('attainment') - (positions === 0 ? 0 : (n('yes') + n('partly') / 2 + n('oppositions_upheld')) / positions))).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });

  it('--paragraph keeps those paragraphs and tallies the delegations on their proposals alone', async () => {
    const out = JSON.parse(ok(await trace([...REFERENCE, '--format', 'json', '--paragraph', 'pp1'])));
    expect(Object.keys(out)).toEqual(['draft', 'later', 'base', 'paragraphs', 'proposals', 'delegations']);
    expect(out.draft).toEqual({ file: DRAFT, lines: { from: 108, to: 443 } });
    expect(out.base).toEqual({ file: DRAFT, lines: { from: 444, to: 701 } });
    expect(out.proposals).toMatchObject([{ draft_paragraph: 'PP1', codes: ['RUS', 'SGP'], text: 'in Kyoto', survived: 'yes', opponents: [] }]);
    expect(out.delegations.map((d: { code: string }) => d.code).sort()).toEqual(['RUS', 'SGP']);
    expect(out.delegations[0]).toMatchObject({ proposals: 1, yes: 1, attainment: 1 });
  });

  it('--country keeps the delegations asked for (aliases too) and the proposals they made or opposed', async () => {
    const out = JSON.parse(ok(await trace([...REFERENCE, '--format', 'json', '--country', 'UK,rus'])));
    expect(out.delegations.map((d: { code: string }) => d.code).sort()).toEqual(['GBR', 'RUS']);
    const involved = (p: { codes: string[]; opponents: string[]; paragraph_opponents: string[] }) =>
      [...p.codes, ...p.opponents, ...p.paragraph_opponents].some((c) => c === 'GBR' || c === 'RUS');
    expect(out.proposals.length).toBeGreaterThan(50);
    expect(out.proposals.every(involved)).toBe(true);
    // The evidence behind RUS's tally: every proposal it made is there.
    const rus = out.delegations.find((d: { code: string }) => d.code === 'RUS');
    expect(out.proposals.filter((p: { codes: string[] }) => p.codes.includes('RUS'))).toHaveLength(rus.proposals);
    const paragraphs = new Set(out.proposals.map((p: { draft_paragraph: string }) => p.draft_paragraph));
    expect(out.paragraphs.every((l: { draft_paragraph: string }) => paragraphs.has(l.draft_paragraph))).toBe(true);
    const bad = await trace([...REFERENCE, '--country', 'XXQ']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^kyoto-parse: --country: 'XXQ' is not a delegation code/);
  });

  it('--base-lines alone takes the base from the draft file: without it, an insertion reaches back to the previous boundary', async () => {
    const without = csvRows(ok(await trace([DRAFT, FINAL, '--draft-lines', '108-443', '--format', 'csv', '--paragraph', 'PP1'])));
    expect(without).toHaveLength(1);
    expect(without[0].text).toMatch(/^Assembled at the Fourteenth .* in 1970 in Kyoto$/);
    const viaBase = ok(await trace([DRAFT, FINAL, '--draft-lines', '108-443', '--base', DRAFT, '--base-lines', '444-701', '--format', 'csv']));
    expect(viaBase).toBe(proposalsCsv);
  });

  it("traces part of a file into its own Annex III with --later-lines", async () => {
    const rows = csvRows(ok(await trace([DRAFT, DRAFT, '--draft-lines', '108-246', '--later-lines', '444-701', '--format', 'csv', '--view', 'paragraphs', '--paragraph', 'PP1'])));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ draft_paragraph: 'PP1', relation: 'kept' });
    // Annex III's PP1 is line 468.
    expect(rows[0].later_line).toBe('468');
    expect(readFileSync(DRAFT, 'utf8').split('\n')[467]).toMatch(/^\*?Assembled\*? at the Fourteenth/);
  });
});

describe('kyoto-parse trace: the terminal view', () => {
  it('shows the delegations, then the clearest successes and failures beside the later wording, marked word by word', async () => {
    const out = ok(await trace([...REFERENCE, '--country', 'RUS,SGP']));
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Who prevailed: /);
    const rule = lines.findIndex((l) => l.startsWith('────'));
    expect(lines[rule - 1]).toMatch(/^code\s+attainment\s+proposals\s+yes\s+partly\s+no\s+deleted\s+opposed$/);
    expect(lines.slice(rule + 1, rule + 3).map((l) => l.split(/\s+/)[0])).toEqual(['RUS', 'SGP']);
    expect(lines[rule + 3]).toMatch(/^deleted: /);
    expect(out).toContain('Survived most clearly');
    expect(out).toContain('Failed most clearly');
    // Side by side at 80 columns, the differences marked in text (no colour off a terminal).
    expect(out).toMatch(/ │ /);
    expect(out).toMatch(/\[-[^\n]*-\]|\{\+[^\n]*\+\}/);
    expect(out).not.toMatch(/\u001b\[/);
    expect(widest(out)).toBeLessThanOrEqual(80);
    // Each example is one of the shown delegations' own proposals.
    for (const heading of lines.filter((l) => / · survived (yes|no) \(score /.test(l))) expect(heading).toMatch(/ by .*\b(RUS|SGP)\b/);
  });

  it('never passes the width, on a terminal (coloured) or with --width, side by side or one above the other', async () => {
    for (const columns of [140, 80, 59, 40, 20]) {
      const run = await trace([...REFERENCE, '--examples', '2'], { terminal: { columns } });
      const out = ok(run);
      expect(widest(out), `${columns} columns`).toBeLessThanOrEqual(columns);
      expect(out).toMatch(/\u001b\[/);
      expect(/ │ /.test(stripVTControlCharacters(out)), `${columns} columns`).toBe(columns >= 60);
    }
    for (const view of ['paragraphs', 'proposals', 'delegations']) {
      expect(widest(ok(await trace([...REFERENCE, '--view', view, '--width', '30']))), view).toBeLessThanOrEqual(30);
    }
  });

  it('puts no colour in CSV or JSON, even on a terminal with FORCE_COLOR', async () => {
    for (const format of ['csv', 'json']) {
      const out = ok(await trace([...REFERENCE, '--format', format, '--paragraph', 'OP1'], { terminal: { columns: 100 }, env: { FORCE_COLOR: '3' } }));
      expect(out).not.toMatch(/\u001b\[/);
    }
  });

  it('marks a word diff in text and colour: [-only before-] {+only after+}, a change inside a word kept in it', () => {
    const diff = wordDiff('in 1970 in Kyoto where', 'in 1970 in Kyoto, where the', PLAIN);
    expect(diff.before.map((w) => w.plain)).toEqual(['in', '1970', 'in', 'Kyoto', 'where']);
    expect(diff.after.map((w) => w.plain)).toEqual(['in', '1970', 'in', 'Kyoto{+,+}', 'where', '{+the+}']);
    const removed = wordDiff('commitments to strengthen the role', 'commitment to strengthen the central role', PLAIN);
    expect(removed.before.map((w) => w.plain).join(' ')).toBe('[-commitments-] to strengthen the role');
    expect(removed.after.map((w) => w.plain).join(' ')).toBe('{+commitment+} to strengthen the {+central+} role');
    const lines = sideBySide({ title: 'draft', words: removed.before }, { title: 'later', words: [] }, 60, PLAIN);
    expect(lines[0]).toBe(`draft${' '.repeat(23)} │ later`);
    // Columns of 28: `[-commitments-] to strengthen` is 29 wide.
    expect(lines[1]).toBe(`[-commitments-] to${' '.repeat(10)} │ (none)`);
    expect(lines[2]).toBe('strengthen the role          │');
    expect(lines.every((l) => [...l].length <= 60 && l === l.trimEnd())).toBe(true);
  });
});

describe('kyoto-parse trace: usage', () => {
  const usage = async (args: string[], message: RegExp) => {
    const run = await trace(args);
    expect(run.status, args.join(' ')).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  };

  it('refuses a bad line range with one line and status 2, before reading anything', async () => {
    await usage([DRAFT, FINAL, '--draft-lines', '443-108'], /^kyoto-parse: --draft-lines: '443-108' is not a line range/);
    await usage([DRAFT, FINAL, '--draft-lines', 'annex1'], /^kyoto-parse: --draft-lines: 'annex1' is not a line range/);
    await usage([DRAFT, FINAL, '--later-lines', '0-10'], /^kyoto-parse: --later-lines: '0-10' is not a line range/);
    await usage([DRAFT, FINAL, '--base-lines', '444'], /^kyoto-parse: --base-lines: '444' is not a line range/);
    await usage([DRAFT, 'no-such-file.txt', '--draft-lines', 'x-y'], /^kyoto-parse: --draft-lines: 'x-y'/);
  });

  it('refuses a range past the end of its file', async () => {
    await usage([DRAFT, FINAL, '--later-lines', '200-300'], /^kyoto-parse: --later-lines: 200-300 goes past the end of 'fixtures\/kyoto-final-6456-21.txt', which has 279 lines\n$/);
    await usage([DRAFT, FINAL, '--draft-lines', '800-'], /^kyoto-parse: --draft-lines: 800- goes past the end of 'fixtures\/kyoto-6227-20-annexes.txt', which has 702 lines\n$/);
  });

  it('takes A- as A to the end of the file', async () => {
    const a = ok(await trace([DRAFT, FINAL, '--draft-lines', '108-443', '--later-lines', '1-', '--format', 'csv', '--paragraph', 'PP1']));
    const b = ok(await trace([DRAFT, FINAL, '--draft-lines', '108-443', '--format', 'csv', '--paragraph', 'PP1']));
    expect(a).toBe(b);
  });

  it('refuses two standard inputs, a missing file, an unknown view, and -o onto an input', async () => {
    await usage(['-', '-'], /^kyoto-parse: trace: only one of the texts can be standard input/);
    await usage([DRAFT, 'no-such-file.txt'], /^kyoto-parse: cannot read 'no-such-file.txt': no such file/);
    await usage([DRAFT, FINAL, '--view', 'countries'], /'countries' is invalid/);
    await usage([DRAFT, FINAL, '-o', FINAL], /^kyoto-parse: refusing to write/);
  });

  it('writes -o FILE, and reads the draft from standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-trace-'));
    const file = join(dir, 'delegations.csv');
    const run = await trace([...REFERENCE, '--format', 'csv', '--view', 'delegations', '-o', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(file) && readFileSync(file, 'utf8').startsWith('code,proposals,')).toBe(true);
    const piped = await runCli(['trace', '-', FINAL, '--draft-lines', '108-443', '--format', 'csv', '--paragraph', 'PP1'], { input: readFileSync(DRAFT) });
    expect(csvRows(ok(piped))[0]).toMatchObject({ draft_paragraph: 'PP1', codes: 'RUS;SGP', survived: 'yes' });
  });

  it('escapes CSV cells a spreadsheet would run as formulas, unless --no-escape-formulas', async () => {
    const proposal: Proposal = {
      draftParagraph: 'OP1', line: 1, column: 1, codes: ['USA'], kind: 'insert', text: '=HYPERLINK("x")', survived: 'yes',
      laterParagraph: '1', laterLine: 1, laterText: '+cmd', score: 1, opponents: [], paragraphOpponents: [], original: '',
    };
    const output = { view: 'proposals' as const, trace: { paragraphs: [], proposals: [proposal], delegations: [] } };
    expect(formatTraceCsv(output, { escapeFormulas: true }).split('\n')[1]).toBe(`OP1,1,1,USA,insert,"'=HYPERLINK(""x"")",yes,1,1,'+cmd,1`);
    expect(formatTraceCsv(output, { escapeFormulas: false }).split('\n')[1]).toBe('OP1,1,1,USA,insert,"=HYPERLINK(""x"")",yes,1,1,+cmd,1');
    expect((await trace([...REFERENCE, '--format', 'csv', '--no-escape-formulas', '--paragraph', 'PP1'])).status).toBe(0);
  });
});
