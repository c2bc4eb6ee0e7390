#!/usr/bin/env node
// The benchmark's peer: a regex script that writes kyoto-parse's records CSV, the same 11 columns
// (file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt) with the same quoting
// and formula escaping, in one regex pass per file. It reads the same data (aliases, groups,
// stance vocabulary, i18n-iso-countries' names), so it does the same kind of work; it is close
// to kyoto-parse on the reference draft, not equal (bench/README.md says how close).
//
//   node bench/regex-peer.js FILE...      the CSV to stdout
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = (name) => require(`../data/${name}.json`);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Code as written -> [canonical code, name]. */
const CODES = new Map();
for (const alpha3 of Object.keys(countries.getAlpha3Codes())) {
  const name = countries.getName(alpha3, 'en', { select: 'official' });
  if (name) CODES.set(alpha3, [alpha3, name]);
}
for (const [code, name] of Object.entries(data('groups').groups)) CODES.set(code, [code, name]);
for (const [alias, to] of Object.entries(data('aliases').aliases)) {
  const found = CODES.get(typeof to === 'string' ? to : to.code);
  if (found) CODES.set(alias, found);
}

const vocabulary = data('vocabulary');
const words = (terms) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.map((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
const ROWS = vocabulary.rows.map((row) => ({ stance: row.stance, any: words(row.any), all: (row.all ?? []).map((t) => words([t])) }));
const stanceOf = (label) => ROWS.find((r) => r.any.test(label) && r.all.every((w) => w.test(label)))?.stance ?? vocabulary.fallback;

// The one pass: paragraph labels at the start of a line, strike marks, innermost bracket groups, line ends.
const PASS = /^(?:(?<label>(?:NEW )?(?:PP|OP)\s?(?:\d+|I)(?:\s(?:ALT\d*|Bis|Ter|Quat|Quin|Sex|Sept))*)|(?:~~)?(?:\d{1,3}-)?(?<number>\d{1,3})\.(?:~~)?|(?<preamble>\*[A-Z][a-z]+(?: [a-z]+)*\*))|(?<strike>~~)|(?<group>\[[^[\]()\n]*\]|\([^[\]()\n]*\))|(?<eol>\n)/gm;
const CODE = /\b[A-Z]{2,3}\b/g;

const FORMULA = /^[=+\-@\t\r]/;
const QUOTE = /[",\r\n]/;
const cell = (value) => {
  const s = FORMULA.test(value) ? `'${value}` : value;
  return QUOTE.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** The prose before an annotation, as kyoto-parse shows it: markup out, spaces collapsed, the last 80 characters. */
const clean = (text) => text.replace(/~~|\*|\[[^\]]*\]?|\([^)]*\)?/g, ' ').replace(/\s+/g, ' ').trim();
/** An annotation with no prose before it shows its paragraph's opening. */
const openingOf = (text) => {
  const opening = clean(text);
  return opening.length <= 80 ? opening : `${opening.slice(0, 79).trimEnd()}…`;
};
const excerptOf = (text, paragraphText) => {
  const prose = clean(text).replace(/[;,:]$/, '').trim();
  if (prose === '') return openingOf(paragraphText());
  return prose.length <= 80 ? prose : `…${prose.slice(-79).trimStart()}`;
};

process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
await write('file,paragraph,country,name,stance,label,raw,line,column,struck,excerpt\n');
for (const file of process.argv.slice(2)) {
  const name = cell(file);
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  let out = '';
  let line = 1;
  let lineStart = 0;
  let paragraph = '';
  let preamble = 0;
  let struck = false;
  let proseFrom = 0; // where the prose before the next annotation starts
  let paragraphFrom = 0;
  for (const m of text.matchAll(PASS)) {
    const g = m.groups;
    if (g.eol !== undefined) {
      line++;
      lineStart = m.index + 1;
      if (text.charCodeAt(lineStart) === 10) struck = false; // a blank line ends a paragraph
    } else if (g.strike !== undefined) {
      struck = !struck;
    } else if (g.label !== undefined) {
      paragraph = g.label.replace(/\s+/g, ' ').replace(/^(PP|OP) ?I\b/, '$11').replace(/^(PP|OP) /, '$1');
      proseFrom = m.index + m[0].length;
      paragraphFrom = proseFrom;
    } else if (g.number !== undefined) {
      paragraph = `OP${g.number}`;
      proseFrom = m.index + m[0].length;
      paragraphFrom = proseFrom;
    } else if (g.preamble !== undefined) {
      paragraph = `PP${++preamble}`;
      proseFrom = m.index;
      paragraphFrom = proseFrom;
    } else {
      const inner = g.group.slice(1, -1);
      let at = m.index + 1;
      let excerpt = null;
      for (const segment of inner.split(/[;/]/)) {
        const colon = segment.lastIndexOf(':');
        const label = colon < 0 ? '' : segment.slice(0, colon).trim();
        const stance = label ? stanceOf(label) : struck ? 'delete' : 'support';
        for (const c of (colon < 0 ? segment : segment.slice(colon + 1)).matchAll(CODE)) {
          const found = CODES.get(c[0]);
          if (!found) continue;
          excerpt ??= cell(excerptOf(text.slice(proseFrom, m.index), () => text.slice(paragraphFrom, text.indexOf('\n', m.index) >>> 0)));
          out += `${name},${cell(paragraph)},${found[0]},${cell(found[1])},${stance},${cell(label)},${c[0]},${line},${at + colon + 1 + c.index - lineStart + 1},${struck},${excerpt}\n`;
        }
        at += segment.length + 1;
      }
      if (excerpt !== null) proseFrom = m.index + m[0].length;
    }
    if (out.length > 65536) { await write(out); out = ''; }
  }
  await write(out);
}

async function write(s) { if (!process.stdout.write(s)) await once(process.stdout, 'drain'); }
