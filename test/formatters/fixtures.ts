import type { Paragraph, Stance, StanceRecord } from '../../src/types.js';

/** Test helper (not a test file): hand-made records and paragraphs for the formatter tests. */

const NAMES: Record<string, string> = {
  GBR: 'United Kingdom',
  FRA: 'France',
  RUS: 'Russian Federation',
  EU: 'European Union',
  USA: 'United States of America',
  CHN: 'China',
};

/** A realistic record; fields not given follow from the country and stance. */
export function record(
  paragraph: string,
  country: string,
  stance: Stance,
  fields: Partial<StanceRecord> = {},
): StanceRecord {
  return {
    file: 'draft.txt',
    paragraph,
    country,
    name: NAMES[country] ?? country,
    stance,
    label: stance === 'oppose' ? 'retain original' : stance === 'other' ? 'move here' : '',
    raw: country === 'GBR' ? 'UK' : country,
    line: 10,
    column: 5,
    struck: stance === 'delete',
    excerpt: 'Promoting the rule of law',
    ...fields,
  };
}

export function paragraph(id: string, startLine: number, file = 'draft.txt'): Paragraph {
  return {
    file,
    id,
    baseId: id.replace(/#\d+$/, ''),
    kind: /^(PP|OP|NEW)/.test(id) && id.includes(' ') ? 'labelled' : 'numbered',
    label: id,
    startLine,
    endLine: startLine + 2,
    text: `${id}. Lorem ipsum [GBR; delete:RUS] dolor sit amet, consectetur adipiscing elit.`,
  };
}

/** A dense synthetic matrix input: `countries` delegations by `paragraphs` paragraphs. */
export function bigRecords(countries: number, paragraphs: number): StanceRecord[] {
  const stances: Stance[] = ['support', 'oppose', 'delete', 'other'];
  const codes = Array.from({ length: countries }, (_, i) =>
    String.fromCharCode(65 + Math.floor(i / 26) % 26, 65 + (i % 26), 65 + ((i * 7) % 26)));
  const ids = Array.from({ length: paragraphs }, (_, i) =>
    [`OP${i + 1}`, `OP${i} Bis ALT`, `NEW PP${i} ALT`, `PP${i} ALT${i % 3}`][i % 4]);
  const records: StanceRecord[] = [];
  ids.forEach((id, p) => codes.forEach((code, c) => {
    if ((p + c) % 3 === 0) records.push(record(id, code, stances[(p * c) % 4], { line: p + 1, column: c + 1 }));
    if ((p * c) % 5 === 1) records.push(record(id, code, 'oppose', { line: p + 1, column: c + 50 }));
  }));
  return records;
}
