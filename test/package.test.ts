// What `npm pack` ships, and the package.json choices that every install route depends on (see
// the README's "Why dist/ is committed"; scripts/check-install.sh tries the routes for real).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The files `npm pack` would put in the tarball, as paths relative to the package. */
function packedFiles(): Set<string> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Set(JSON.parse(out)[0].files.map((file: { path: string }) => file.path));
}

/** Relative link targets of a Markdown page, outside code: `](path)` without `#anchor`. */
function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe('the package', () => {
  const files = packedFiles();

  it('holds the command line, the library with its types, the data, the README and the LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/kyoto-parse.js', 'dist/bundle/kyoto-parse.cjs',
      pkg.main, pkg.types, pkg.exports['.'].default, pkg.exports['.'].types]) {
      expect(files, file).toContain(normalize(file).replace(/^\.\//, ''));
    }
    expect([...files].some((file) => file.startsWith('data/') && file.endsWith('.json'))).toBe(true);
  });

  it('holds no source map, test, fixture or TypeScript source', () => {
    const unwanted = [...files].filter((file) =>
      file.endsWith('.map') || /^(test|fixtures|src|scripts|bench\/(?!README\.md$))\//.test(file)
      || (file.endsWith('.ts') && !file.endsWith('.d.ts')));
    expect(unwanted).toEqual([]);
  });

  it('holds every file the README links to', () => {
    const links = relativeLinks(readme);
    expect(links).toContain('docs/notation.md');
    const missing = links.filter((link) => !files.has(normalize(decodeURI(link))));
    expect(missing).toEqual([]);
  });

  it('has no script that makes npm build a git dependency on install (npm/cli#8440), nor a pack script that writes on stdout', () => {
    // npm prepares a git dependency (installs its devDependencies in the clone, which fails in a
    // global install) when it has any of these; `prepack` also prints a banner where pre-commit
    // 3.x reads the tarball's name. dist/ is committed instead, built by `npm run dist`.
    const lifecycle = ['build', 'prepare', 'prepack', 'postpack', 'preinstall', 'install', 'postinstall'];
    expect(Object.keys(pkg.scripts).filter((name) => lifecycle.includes(name))).toEqual([]);
    expect(pkg.scripts.dist).toMatch(/tsc .*bundle/);
  });

  it('runs on Node 20.19 and later', () => {
    expect(pkg.engines.node).toBe('>=20.19');
  });
});

describe('the README', () => {
  it('runs `npx kyoto-parse` only in a clone: every such command names a file of fixtures/', () => {
    // Outside a clone, npx would fetch the unclaimed registry name: installed, the command is
    // `kyoto-parse`, or `npx --no-install kyoto-parse` in a project.
    const code = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    const commands = code.replace(/\\\n/g, ' ').split('\n').filter((line) => /\bnpx\s+(-y\s+)?kyoto-parse\b/.test(line));
    expect(commands.length).toBeGreaterThan(5);
    expect(commands.filter((line) => !line.includes('fixtures/'))).toEqual([]);
  });

  it('says first how to install it, then how to work in a clone', () => {
    const headings = [...readme.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Install', 'In a clone: try it, run the tests']);
    expect(readme).toContain('npm ci && npx kyoto-parse fixtures/kyoto-6227-20-annexes.txt');
    expect(readme).toContain('npm ci && npm test');
    expect(readme).not.toMatch(/rev: v\d/);
  });
});
