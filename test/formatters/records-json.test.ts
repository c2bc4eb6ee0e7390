import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft, readSections } from '../../src/api.js';
import { formatRecordsJson, recordsJsonStream } from '../../src/formatters/records-json.js';
import { runCli } from '../cli-in-process.js';
import { RECORD_COLUMNS, type Diagnostic } from '../../src/types.js';
import { paragraph, record } from './fixtures.js';

describe('formatRecordsJson', () => {
  const records = [record('PP1', 'GBR', 'support'), record('OP6 Bis', 'RUS', 'oppose')];
  const paragraphs = [paragraph('PP1', 3), paragraph('OP6 Bis', 8), paragraph('NEW PP5 ALT', 12)];

  it('writes paragraphs without their text, and records, as 2-space JSON with a trailing newline', () => {
    const json = formatRecordsJson({ records, paragraphs });
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "paragraphs": [');
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['paragraphs', 'records']);
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[1]).toEqual({
      file: 'draft.txt', id: 'OP6 Bis', baseId: 'OP6 Bis', kind: 'labelled', label: 'OP6 Bis', startLine: 8, endLine: 10,
    });
    expect(json).not.toContain('Lorem ipsum');
    expect(parsed.records).toEqual(records);
  });

  it('keeps record keys in CSV column order', () => {
    const shuffled = { ...records[0] };
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as typeof shuffled;
    const parsed = JSON.parse(formatRecordsJson({ records: [reordered], paragraphs: [] }));
    expect(Object.keys(parsed.records[0])).toEqual([...RECORD_COLUMNS]);
  });

  it('adds diagnostics when the input carries them', () => {
    const diagnostics: Diagnostic[] = [{
      file: 'draft.txt', line: 4, column: 7, severity: 'warning', rule: 'unknown-code', message: 'QTA read as QAT',
    }];
    const parsed = JSON.parse(formatRecordsJson({ records, paragraphs, diagnostics }));
    expect(Object.keys(parsed)).toEqual(['paragraphs', 'records', 'diagnostics']);
    expect(parsed.diagnostics).toEqual(diagnostics);
  });
});

// The CLI writes the records JSON as it reads (recordsJsonStream): a paragraph, a section's
// records at a time. Its text must be the documented shape as JSON.stringify writes it.
describe('the records JSON written part by part', () => {
  const file = 'fixtures/kyoto-6227-20-annexes.txt';
  const text = readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8');

  it('is JSON.stringify of the documented shape for the reference draft, read section by section', () => {
    const whole = parseDraft(text, { file });
    const json = recordsJsonStream({ diagnostics: true });
    let streamed = json.start();
    for (const part of readSections(text, { file }, 1).sections) if (part.complete) streamed += json.add({ paragraphs: [part.paragraph] });
    for (const part of readSections(text, { file }, 1).sections) streamed += json.add({ records: part.records });
    streamed += json.add({ diagnostics: whole.diagnostics }) + json.end();
    const expected = JSON.stringify({
      paragraphs: whole.paragraphs.map(({ file: f, id, baseId, kind, label, startLine, endLine }) => ({ file: f, id, baseId, kind, label, startLine, endLine })),
      records: whole.records.map((r) => Object.fromEntries(RECORD_COLUMNS.map((c) => [c, r[c]]))),
      diagnostics: whole.diagnostics.map(({ file: f, line, column, severity, rule, message }) => ({ file: f, line, column, severity, rule, message })),
    }, null, 2);
    expect(streamed).toBe(`${expected}\n`);
    // The reference draft's figures (README): 1,519 records and 166 diagnostics.
    expect(JSON.parse(streamed).records).toHaveLength(1519);
    expect(JSON.parse(streamed).diagnostics).toHaveLength(166);
  });

  it('the CLI, two files filtered: the paragraphs of both, then the records of both, then the diagnostics', async () => {
    const adopted = 'fixtures/kyoto-final-6456-21.txt';
    const run = await runCli(['--format', 'json', '--country', 'RUS', '--paragraph', 'OP6', file, adopted]);
    expect(run.status).toBe(0);
    const first = parseDraft(text, { file });
    const second = parseDraft(readFileSync(join(import.meta.dirname, '..', '..', adopted), 'utf8'), { file: adopted });
    const wanted = (p: { id: string }) => p.id.toLowerCase() === 'op6';
    expect(run.stdout).toBe(formatRecordsJson({
      paragraphs: [...first.paragraphs, ...second.paragraphs].filter(wanted),
      records: [...first.records, ...second.records].filter((r) => r.country === 'RUS' && wanted({ id: r.paragraph })),
      diagnostics: [...first.diagnostics, ...second.diagnostics],
    }));
    // OP6 of the reference draft (line 170) ends `(delete this para or move to PP: RUS, SGP, …)`.
    expect(JSON.parse(run.stdout).records).toContainEqual(expect.objectContaining({ file, paragraph: 'OP6', country: 'RUS', stance: 'delete', line: 170 }));
  });
});
