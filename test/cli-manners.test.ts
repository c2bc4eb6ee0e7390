// Issue 19's everyday command-line manners: help that teaches, one error prefix, options that
// apply, lookups that say what they found, and one account of a draft's faults.
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-in-process.js';

const draft = 'fixtures/kyoto-6227-20-annexes.txt';
const COMMANDS = ['', 'matrix', 'check', 'country', 'paragraph', 'contested', 'blocs', 'trace'];

describe('help that teaches', () => {
  for (const name of COMMANDS) {
    for (const columns of [60, 80]) {
      it(`${name || 'the main command'} at ${columns} columns: wrapped at spaces, ending with examples`, async () => {
        const { status, stdout } = await runCli([...(name ? ['help', name] : ['--help'])], { terminal: { columns } });
        expect(status).toBe(0);
        const lines = stdout.trimEnd().split('\n');
        for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columns);
        const examples = stdout.slice(stdout.lastIndexOf('Examples:'));
        expect(examples.split('\n').filter((line) => /^ {2}kyoto-parse /.test(line)).length).toBeGreaterThanOrEqual(2);
        expect(examples).toContain(draft);
        // Only check has exit status 1.
        expect(/^ {2}1 {2}/m.test(stdout)).toBe(name === 'check');
      });
    }
  }

  it('wraps no word in two, and continues examples with a backslash', async () => {
    const { stdout } = await runCli(['help', 'matrix'], { terminal: { columns: 60 } });
    const words = (text: string) => new Set(text.replace(/\\\n/g, ' ').split(/\s+/));
    const wide = await runCli(['help', 'matrix'], { terminal: { columns: 400 } });
    for (const word of words(stdout)) if (word.length > 3 && word !== '\\') expect(words(wide.stdout).has(word), word).toBe(true);
    expect(stdout).toMatch(/ \\\n {6}/);
  });

  it('kyoto-parse help is the main help; help COMMAND the command\'s', async () => {
    expect((await runCli(['help'])).stdout).toBe((await runCli(['--help'])).stdout);
    expect((await runCli(['help', 'blocs'])).stdout).toBe((await runCli(['blocs', '--help'])).stdout);
  });

  it('no arguments: a short usage with examples, status 2', async () => {
    const { status, stdout, stderr } = await runCli([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: kyoto-parse/);
    expect(stderr).toContain(`kyoto-parse check ${draft}`);
  });

  it('a mistyped command that is no file: did you mean', async () => {
    const { status, stderr } = await runCli(['matirx', draft]);
    expect(status).toBe(2);
    expect(stderr).toBe("kyoto-parse: unknown command 'matirx'; did you mean 'matrix'?\n");
    expect((await runCli(['nosuchfile'])).stderr).toBe("kyoto-parse: cannot read 'nosuchfile': no such file\n");
  });

  it('help with a mistyped command names it', async () => {
    expect(await runCli(['help', 'matirx'])).toEqual({ status: 2, stdout: '', stderr: "kyoto-parse: unknown command 'matirx'; did you mean 'matrix'?\n" });
    expect((await runCli(['help', 'zzz'])).stderr).toMatch(/^kyoto-parse: unknown command 'zzz' \(commands: matrix, check, /);
  });

  it('a real file named like a mistyped command is read', async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kyoto-matirx-'));
    copyFileSync(draft, join(dir, 'matirx'));
    const bin = join(import.meta.dirname, '..', 'bin', 'kyoto-parse.js');
    const run = spawnSync(process.execPath, [bin, 'matirx', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).records.length).toBeGreaterThan(1000);
  });

  it('one error prefix, commander\'s errors included', async () => {
    for (const args of [['--bogus', draft], ['country'], [draft, '--format', 'nope'], ['check', draft, '--format', 'x'], ['trace', draft, draft, '--format', 'json', '--width', '50']]) {
      const { status, stderr } = await runCli(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^kyoto-parse: [^\n]+\n$/);
    }
  });

  it('table is the terminal format of the main command; report an alias', async () => {
    const table = await runCli([draft, '--format', 'table', '--width', '80']);
    expect(table.status).toBe(0);
    expect(table.stdout).toBe((await runCli([draft, '--format', 'report', '--width', '80'])).stdout);
    expect(table.stdout).toMatch(/^Paragraphs PP1 to/);
    expect(table.stdout).toMatch(/\nSummary\n/);
  });
});

describe('options that do not apply are usage errors that say why', () => {
  const cases: [string, string[], RegExp][] = [
    ['--counts with the records CSV', [draft, '--format', 'csv', '--counts'], /--counts does not apply to --format csv/],
    ['--counts with the default CSV on a pipe', [draft, '--counts'], /--counts does not apply to --format csv \(the default when standard output is not a terminal\)/],
    ['--width with JSON', [draft, '--format', 'json', '--width', '60'], /--width does not apply to --format json/],
    ['--no-escape-formulas with the matrix', ['matrix', draft, '--no-escape-formulas'], /--no-escape-formulas does not apply/],
    ['--width with country CSV', ['country', 'FRA', draft, '--format', 'csv', '--width', '60'], /--width does not apply to --format csv/],
    ['--no-escape-formulas with blocs JSON', ['blocs', draft, '--format', 'json', '--no-escape-formulas'], /--no-escape-formulas does not apply to --format json/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const { status, stdout, stderr } = await runCli(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    });
  }

  it('the options that do apply still run', async () => {
    expect((await runCli([draft, '--format', 'matrix-csv', '--counts'])).status).toBe(0);
    expect((await runCli([draft, '--format', 'csv', '--no-escape-formulas'])).status).toBe(0);
    expect((await runCli(['matrix', draft, '--width', '60'])).status).toBe(0);
  });
});

describe('lookups that help', () => {
  it('a filter that matches nothing says so; the command still succeeds', async () => {
    const csv = await runCli([draft, '--country', 'ZWE']);
    expect(csv.status).toBe(0);
    expect(csv.stderr).toContain('kyoto-parse: --country ZWE matches no record\n');
    const json = await runCli([draft, '--format', 'json', '--paragraph', 'OP999']);
    expect(json.status).toBe(0);
    expect(json.stderr).toMatch(/kyoto-parse: --paragraph OP999 matches no paragraph; did you mean 'OP\d+'/);
    expect((await runCli([draft, '--country', 'FRA'])).stderr).not.toContain('matches no');
  });

  it('paragraph IDs ignore case and spacing', async () => {
    const quoted = await runCli(['paragraph', 'OP6 Bis', draft, '--format', 'json']);
    expect(quoted.status).toBe(0);
    for (const id of ['op6bis', 'OP6Bis', 'op6  BIS']) expect((await runCli(['paragraph', id, draft, '--format', 'json'])).stdout).toBe(quoted.stdout);
    const filtered = await runCli([draft, '--paragraph', 'op6bis']);
    expect(filtered.stdout).toBe((await runCli([draft, '--paragraph', 'OP6 Bis'])).stdout);
    expect(filtered.stdout.split('\n').length).toBeGreaterThan(3);
  });

  it('paragraph OP6 Bis unquoted: the words before the first file are the ID', async () => {
    const unquoted = await runCli(['paragraph', 'OP6', 'Bis', draft, '--format', 'json']);
    expect(unquoted.status).toBe(0);
    expect(unquoted.stdout).toBe((await runCli(['paragraph', 'OP6 Bis', draft, '--format', 'json'])).stdout);
  });

  it('a paragraph that is not there gets suggestions', async () => {
    const { status, stderr } = await runCli(['paragraph', 'OP99', draft]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^kyoto-parse: paragraph: no paragraph 'OP99' in '[^']+'; did you mean 'OP9'/);
  });

  it('delegations by code, alias, or English name, case-insensitive; suggestions', async () => {
    const fra = (await runCli(['country', 'FRA', draft, '--format', 'json'])).stdout;
    expect((await runCli(['country', 'france', draft, '--format', 'json'])).stdout).toBe(fra);
    const gbr = (await runCli(['country', 'UK', draft, '--format', 'json'])).stdout;
    expect((await runCli(['country', 'United Kingdom', draft, '--format', 'json'])).stdout).toBe(gbr);
    expect((await runCli(['country', 'united kingdom', draft, '--format', 'json'])).stdout).toBe(gbr);
    expect((await runCli([draft, '--country', 'france,UK'])).stdout).toBe((await runCli([draft, '--country', 'FRA,GBR'])).stdout);
    const near = await runCli(['country', 'frnace', draft]);
    expect(near.status).toBe(2);
    expect(near.stderr).toMatch(/did you mean 'France' \(FRA\)/);
  });
});

describe('one account of a draft\'s faults', () => {
  it('the closing line counts findings as check does, and says what they are', async () => {
    const check = await runCli(['check', draft, '--max-per-rule', '0']);
    const total = /(\d+) errors?, (\d+) warnings?/.exec(check.stdout)!;
    const errors = Number(total[1]);
    const findings = errors + Number(total[2]);
    for (const args of [[draft], [draft, '--format', 'json'], ['matrix', draft], ['country', 'FRA', draft]]) {
      const { stderr } = await runCli(args);
      expect(stderr).toBe(`kyoto-parse: ${findings} findings (145 aliased codes such as UK for GBR, ${errors} errors): kyoto-parse check ${draft} lists them\n`);
    }
  });

  it('the report\'s summary counts the same findings', async () => {
    const { stdout, stderr } = await runCli([draft, '--format', 'table']);
    const [, total, errors] = /^kyoto-parse: (\d+) findings \(.*, (\d+) errors\)/.exec(stderr)!;
    expect(stdout).toMatch(new RegExp(`\\n  Findings +${total}  \\(${errors} errors, ${Number(total) - Number(errors)} warnings\\)\\n`));
  });

  it('--diagnostics lists the findings as check\'s text format does', async () => {
    const check = await runCli(['check', draft, '--max-per-rule', '0']);
    for (const args of [[draft, '--diagnostics'], [draft, '--format', 'json', '--diagnostics']]) {
      expect((await runCli(args)).stderr).toBe(check.stdout);
    }
  });

  it('--diagnostics lists them as it reads, in check\'s order, for every command, the TPP chapter\'s footnotes too', async () => {
    const tpp = 'fixtures/tpp-ip-chapter-2013-08-30.txt';
    const faults = 'fixtures/check/several-faults.txt';
    const check = await runCli(['check', tpp, faults, draft, '--max-per-rule', '0']);
    expect(check.stdout).toMatch(/^fixtures\/tpp-ip-chapter-2013-08-30\.txt:\d+:\d+ /);
    for (const command of [[], ['matrix'], ['contested'], ['country', 'USA']]) {
      const run = await runCli([...command, tpp, faults, draft, '--diagnostics']);
      // The TPP chapter's reading is named first on stderr.
      expect(run.stderr.slice(run.stderr.indexOf('\n') + 1), command.join(' ')).toBe(check.stdout);
    }
  });

  it('--quiet: no closing line; errors still said', async () => {
    expect((await runCli([draft, '--quiet'])).stderr).toBe('');
    expect((await runCli(['matrix', draft, '-q'])).stderr).toBe('');
    expect((await runCli(['nosuch.txt', '-q'])).stderr).toMatch(/^kyoto-parse: cannot read/);
  });
});

describe('progress on standard error', () => {
  const files = Array.from({ length: 6 }, () => draft);
  const now = { KYOTO_PARSE_PROGRESS_AFTER: '0' };

  it('on a terminal, past the delay: files done of the total, records, rate; cleared at the end', async () => {
    for (const args of [[...files], [...files, '--format', 'json'], ['matrix', ...files]]) {
      const run = await runCli(args, { env: now, stderrTerminal: { columns: 100 } });
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/kyoto-parse: \S+ 1\/6 files · \d+ records · [\d.]+ files\/s/);
      // Redrawn at most five times a second, so not every count shows; the last drawn is at most 6.
      // Cleared (the line erased) before the closing line.
      expect(run.stderr).toMatch(/\x1b\[2Kkyoto-parse: \d+ findings/);
      expect(run.stdout).toBe((await runCli(args)).stdout);
    }
  });

  it('check too, counting findings', async () => {
    const run = await runCli(['check', ...files], { env: now, stderrTerminal: { columns: 100 } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/kyoto-parse: \S+ 1\/6 files · \d+ findings · [\d.]+ files\/s/);
    expect(run.stdout).toBe((await runCli(['check', ...files])).stdout);
    expect((await runCli(['check', ...files, '-q'], { env: now, stderrTerminal: { columns: 100 } })).stderr).toBe('');
  });

  it('never when standard error is no terminal, nor with --quiet, nor before the delay', async () => {
    expect((await runCli(files, { env: now })).stderr).not.toMatch(/files ·/);
    expect((await runCli([...files, '--quiet'], { env: now, stderrTerminal: { columns: 100 } })).stderr).toBe('');
    expect((await runCli(files, { env: { KYOTO_PARSE_PROGRESS_AFTER: '600000' }, stderrTerminal: { columns: 100 } })).stderr).not.toMatch(/files ·/);
  });
});

describe('blocs explains a low-agreement pair in one cluster', () => {
  it('with average linkage, a note names the pairs and why; complete linkage needs none', async () => {
    const average = await runCli(['blocs', draft, '--width', '80']);
    expect(average.stdout.replace(/\n/g, ' ')).toMatch(/Note: \d+ pairs in one cluster agree less than half the time: BRA-CHN 0\.00 \(cluster \d+, \d+ shared\)/);
    expect(average.stdout).toMatch(/--linkage complete/);
    expect((await runCli(['blocs', draft, '--linkage', 'complete'])).stdout).not.toMatch(/Note:/);
  });
});

describe('the help examples run', async () => {
  const { MAIN_COMMAND, SUBCOMMANDS } = await import('../src/cli/commands/index.js');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'kyoto-examples-'));
  for (const definition of [MAIN_COMMAND, ...SUBCOMMANDS]) {
    for (const { run } of definition.examples) {
      it(run, async () => {
        const args = [...run.replace(/^kyoto-parse /, '').matchAll(/"([^"]*)"|(\S+)/g)]
          .map((m) => (m[1] ?? m[2])!.replace(/"/g, ''))
          .map((word, index, all) => (all[index - 1] === '-o' ? join(dir, word) : word));
        const { status, stderr } = await runCli(args);
        expect(status, stderr).toBe(definition.name === 'check' ? 1 : 0);
        expect(stderr).not.toMatch(/matches no|unknown|cannot/);
      });
    }
  }
});
