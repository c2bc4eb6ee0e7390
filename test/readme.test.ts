// The README's examples show real output: each `npx kyoto-parse …` example followed by a plain
// ``` block is run with the real binary, and its output must match (a last line `…` means the
// output goes on beyond what the README shows).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Example {
  command: string;
  output: string;
}

/** `sh` blocks holding one `npx kyoto-parse` command, then a plain block; or one plain block starting `$ npx`. */
function examples(): Example[] {
  const found: Example[] = [];
  const pair = /```sh\n(npx kyoto-parse(?:[^\n]*\\\n)*[^\n]*)\n```\s*\n```\n([\s\S]*?)```/g;
  for (const match of readme.matchAll(pair)) found.push({ command: match[1], output: match[2] });
  const inline = /```\n\$ (npx kyoto-parse(?:[^\n]*\\\n)*[^\n]*)\n([\s\S]*?)```/g;
  for (const match of readme.matchAll(inline)) found.push({ command: match[1], output: match[2] });
  return found;
}

function argsOf(command: string): string[] {
  const words = command.replace(/\\\n\s*/g, ' ').replace(/^npx kyoto-parse\s+/, '').replace(/\s*>.*$/, '');
  return [...words.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe('README examples', () => {
  const all = examples();

  it('has examples to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  for (const { command, output } of all) {
    it(command.replace(/\\\n\s*/g, ' '), () => {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'kyoto-parse.js'), ...argsOf(command)], {
        cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
      });
      // `check` exits 1 when it finds an error; everything else must succeed.
      expect(result.status).toBe(argsOf(command)[0] === 'check' ? 1 : 0);
      const lines = output.trimEnd().split('\n');
      if (lines[lines.length - 1] === '…') {
        const shown = lines.slice(0, -1);
        expect(result.stdout.split('\n').slice(0, shown.length)).toEqual(shown);
      } else {
        expect(result.stdout.trimEnd()).toBe(output.trimEnd());
      }
    });
  }
});
