/**
 * Documents (and parts of documents) without annotations yield no records:
 * the four other fixtures, the cover note before Annex I and Annex III.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/api.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const brief = (r: { line: number; column: number; raw: string; paragraph: string }) => `${r.line}:${r.column} ${r.raw} (${r.paragraph})`;

describe('documents without annotations', () => {
  for (const name of [
    'eu-position-11431-19.txt',
    'european-rpm-draft-report-add.txt',
    'european-rpm-report.txt',
    'kyoto-final-6456-21.txt',
  ]) {
    it(`${name} yields zero records`, () => {
      const text = fixture(name);
      const result = parseDraft(text, { file: name });
      expect(result.records.map(brief)).toEqual([]);
      expect(result.annotations).toEqual([]);
      // The document was read: it has paragraphs, and every record-free paragraph keeps its place.
      expect(result.paragraphs.length).toBeGreaterThan(0);
    });
  }
});

describe('the reference draft outside Annexes I and II', () => {
  const text = fixture('kyoto-6227-20-annexes.txt');
  const lines = text.split('\n');
  const result = parseDraft(text, { file: 'kyoto-6227-20-annexes.txt' });

  it('Annex I starts on line 108 and Annex II ends on line 442 (the line numbers below are the draft\'s)', () => {
    expect(lines[107]).toBe('Revised Draft of the Political Declaration prepared by the Chair');
    expect(lines[441]).toMatch(/^OP32 Bis\. ALT /);
    expect(lines[443]).toBe('**ANNEX III**');
  });

  it('yields no record from the cover note (lines 1-107)', () => {
    expect(result.records.filter((r) => r.line < 108).map(brief)).toEqual([]);
  });

  it('yields no record after Annex II (Annex III, from line 444)', () => {
    expect(result.records.filter((r) => r.line > 443).map(brief)).toEqual([]);
  });

  it('still yields records inside Annexes I and II', () => {
    expect(result.records.length).toBeGreaterThan(1000);
    expect(result.records[0].line).toBe(114);
    expect(result.records[result.records.length - 1].line).toBe(442);
  });

  it('the cover note\'s `(including proposed changes by COM, see Annex III…)` is plain text: no COM anywhere', () => {
    expect(lines[87]).toContain('(including proposed changes by COM, see Annex III, point 16)');
    expect(result.records.filter((r) => r.raw === 'COM' || r.country === 'COM').map(brief)).toEqual([]);
  });
});
