// `--encoding` (issue 19): a Windows-1252 copy of the reference draft, made here with iconv-lite,
// reads as the UTF-8 original does; without it, the warning names the encoding to try.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { likelyEncoding } from '../src/cli/encoding.js';
import { runCli } from './cli-in-process.js';

const draft = join(import.meta.dirname, '..', 'fixtures', 'kyoto-6227-20-annexes.txt');
const utf8 = readFileSync(draft);
const cp1252 = iconv.encode(utf8.toString('utf8'), 'windows-1252');

describe('--encoding', () => {
  it('the Windows-1252 copy differs from the UTF-8 draft in its bytes, not in its text', () => {
    expect(cp1252.equals(utf8)).toBe(false);
    expect(iconv.decode(cp1252, 'windows-1252')).toBe(utf8.toString('utf8'));
  });

  it('reads a Windows-1252 draft as the UTF-8 one: the same records, no warning', async () => {
    for (const args of [['-', '--format', 'csv'], ['-', '--format', 'json'], ['matrix', '-', '--format', 'csv'], ['country', 'TUR', '-', '--format', 'csv']]) {
      const expected = await runCli(args, { input: utf8 });
      const run = await runCli([...args, '--encoding', 'windows-1252'], { input: cp1252 });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected.stdout);
      expect(run.stderr).toBe(expected.stderr);
      expect(run.stdout).not.toContain('\uFFFD');
    }
  });

  it('check reads it too: the same findings', async () => {
    const expected = await runCli(['check', '-', '--format', 'json'], { input: utf8 });
    const run = await runCli(['check', '-', '--format', 'json', '--encoding', 'cp1252'], { input: cp1252 });
    expect(run.stdout).toBe(expected.stdout);
    expect(run.status).toBe(expected.status);
  });

  it('without it, the replaced bytes are warned about and the warning names windows-1252', async () => {
    const run = await runCli(['-', '--format', 'csv'], { input: cp1252 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\uFFFD');
    const warnings = run.stderr.split('\n').filter((line) => line.includes('invalid bytes'));
    expect(warnings.length).toBeGreaterThan(10);
    for (const warning of warnings) {
      expect(warning).toMatch(/^kyoto-parse: -:\d+: warning: invalid bytes for UTF-8, replaced by U\+FFFD; the file is most likely windows-1252 \(--encoding windows-1252\)$/);
    }
  });

  it('says nothing of the kind for a UTF-8 draft', async () => {
    expect((await runCli(['-', '--format', 'csv'], { input: utf8 })).stderr).not.toMatch(/invalid bytes|most likely/);
    // The guess, asked for only when UTF-8 fails: Windows-1252's quotes, or nothing when even it cannot be.
    expect(likelyEncoding(Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0xe9]))).toBe('windows-1252');
    expect(likelyEncoding(Buffer.from([0x81, 0x8d]))).toBeUndefined();
  });

  it('an encoding iconv-lite does not know is a usage error before any output', async () => {
    const run = await runCli(['-', '--encoding', 'klingon'], { input: utf8 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--encoding: 'klingon' is not an encoding iconv-lite knows/);
  });
});
