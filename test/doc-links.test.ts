// Every relative link in the project's Markdown points at a file of the repository, and every
// `#anchor` at a heading of its page: the docs must work in a fresh clone, where nothing outside
// the repository is beside them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pages = ['README.md', 'grammar/README.md', 'bench/README.md', 'test/expected/README.md',
  ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
  .filter((page) => existsSync(join(root, page)));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

function anchorsOf(page: string): Set<string> {
  const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.*)$/gm)].map((m) => anchorOf(m[1])));
}

function linksOf(page: string): string[] {
  const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((target) => !/^[a-z]+:/i.test(target));
}

describe('links in the Markdown pages', () => {
  it('finds the pages and their links', () => {
    expect(pages).toContain('docs/notation.md');
    expect(linksOf(join(root, 'README.md'))).toContain('docs/notation.md');
  });

  for (const page of pages) {
    it(`${page}: every relative link resolves inside the repository`, () => {
      const file = join(root, page);
      const broken: string[] = [];
      for (const link of linksOf(file)) {
        const [path, anchor] = link.split('#');
        const target = path ? join(dirname(file), decodeURI(path)) : file;
        if (relative(root, target).startsWith('..') || !existsSync(target)) broken.push(link);
        else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor)) broken.push(link);
      }
      expect(broken).toEqual([]);
    });
  }
});
