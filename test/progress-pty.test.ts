// The progress line as a user sees it: the real binary, its standard error on a pseudo-terminal
// (util-linux's `script`), over enough files to take more than a second.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/kyoto-parse.js');
const draft = 'fixtures/kyoto-6227-20-annexes.txt';
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('the progress line on a pseudo-terminal', () => {
  // Enough copies of the reference draft to take a second or two; the line is asked for after
  // 300 ms rather than a second, so that a fast machine still shows it.
  const files = Array.from({ length: 80 }, () => draft).join(' ');
  const env = { ...process.env, KYOTO_PARSE_PROGRESS_AFTER: '300' };
  const dir = mkdtempSync(join(tmpdir(), 'kyoto-progress-'));

  it('is drawn on standard error and cleared; the data is unchanged', () => {
    const out = join(dir, 'records.json');
    // Inside `script`, standard error is the pseudo-terminal; standard output goes to a file.
    const run = spawnSync('script', ['-q', '-e', '-c', `"${process.execPath}" "${bin}" ${files} --format json > "${out}"`, '/dev/null'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/kyoto-parse: \S+ \d+\/80 files · \d+ records · [\d.]+ files\/s/);
    expect(run.stdout).toMatch(/\x1b\[2Kkyoto-parse: \d+ findings/);
    const piped = spawnSync(process.execPath, [bin, ...files.split(' '), '--format', 'json'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
    // Not a terminal: no progress.
    expect(piped.stderr).not.toMatch(/files ·/);
    expect(piped.stderr).toMatch(/^kyoto-parse: \d+ findings [^\n]*\n$/);
  }, 180_000);

  it('--quiet: nothing on the terminal', () => {
    const run = spawnSync('script', ['-q', '-e', '-c', `"${process.execPath}" "${bin}" ${files} --quiet > /dev/null`, '/dev/null'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  }, 180_000);
});
