// grammar/diagrams.html is generated from the parser; it must be in step with it (`npm run diagrams`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it('the committed railroad diagrams match the grammar', () => {
  const result = spawnSync(process.execPath, ['scripts/diagrams.js', '--check'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

it('the diagrams page loads nothing from the network', () => {
  const html = readFileSync(join(root, 'grammar', 'diagrams.html'), 'utf8');
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/i);
  for (const rule of ['paragraph', 'group', 'item', 'separator', 'codeList']) expect(html).toContain(rule);
});
