#!/usr/bin/env node
// The peer in the performance issue: "a 30-line regex script". For each file, every innermost
// [...] or (...) group, split on ';', one CSV row per upper-case 2-3 letter token: file,line,column,code.
// No stance, no aliases, no diagnostics: a floor for what reading the annotations has to cost.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

const GROUP = /\[([^[\]()]*)\]|\(([^[\]()]*)\)/g; // innermost: no bracket of either kind inside
const CODE = /\b[A-Z]{2,3}\b/g;
const cell = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
await write('file,line,column,code\n');
for (const file of process.argv.slice(2)) {
  const name = cell(file);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    for (const g of lines[i].matchAll(GROUP)) {
      let at = g.index + 1; // column (0-based) of the group's first inner character
      for (const part of (g[1] ?? g[2]).split(';')) {
        for (const c of part.matchAll(CODE)) out += `${name},${i + 1},${at + c.index + 1},${c[0]}\n`;
        at += part.length + 1;
      }
    }
    if (out.length > 65536) { await write(out); out = ''; }
  }
  await write(out);
}

async function write(s) { if (!process.stdout.write(s)) await once(process.stdout, 'drain'); }
