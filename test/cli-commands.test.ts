// The commands' definitions against the formatter registry, and the module graph they sit in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { MAIN_COMMAND, SUBCOMMANDS } from '../src/cli/commands/index.js';
import {
  BLOCS_FORMATS, CHECK_FORMATS, CONTESTED_FORMATS, COUNTRY_FORMATS, MATRIX_FORMATS, PARAGRAPH_FORMATS, RECORDS_FORMATS, REPORT_FORMATS, TRACE_FORMATS,
} from '../src/formatters/registry.js';

const src = join(import.meta.dirname, '..', 'src');

describe('each command declares the formats the registry holds for it', () => {
  const registries: Record<string, object> = {
    '': RECORDS_FORMATS, matrix: MATRIX_FORMATS, check: CHECK_FORMATS, country: COUNTRY_FORMATS,
    paragraph: PARAGRAPH_FORMATS, contested: CONTESTED_FORMATS, blocs: BLOCS_FORMATS, trace: TRACE_FORMATS,
    report: REPORT_FORMATS,
  };
  // The workbooks (src/formatters/xlsx.ts), loaded only when asked for.
  const binary: Record<string, string[]> = { '': ['xlsx'], matrix: ['xlsx'] };
  for (const definition of [MAIN_COMMAND, ...SUBCOMMANDS]) {
    it(definition.name ?? 'the main command', () => {
      const command = definition.declare(new Command(definition.name ?? 'kyoto-parse'));
      const format = command.options.find((option) => option.long === '--format');
      // The main command's terminal format is `table` on the command line, as on every other; `report` in the registry.
      expect(format?.argChoices).toEqual([...Object.keys(registries[definition.name ?? '']).map((name) => (name === 'report' ? 'table' : name)), ...(binary[definition.name ?? ''] ?? [])]);
    });
  }
});

/** Each module's relative imports (static, dynamic and type-only alike). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(src);
  return new Map(files.map((file) => [file, [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)]
    .map((match) => resolve(dirname(file), match[1].replace(/\.js$/, '.ts')))]));
}

describe('the module graph', () => {
  it('has no import circles, lazy loading included', () => {
    const graph = importGraph();
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push(path.slice(path.indexOf(next)).concat(next).map((f) => relative(src, f)).join(' -> '));
        else if (!state.has(next) && graph.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it('keeps analyses and formatters free of the command line', () => {
    const graph = importGraph();
    for (const [file, imports] of graph) {
      const from = relative(src, file);
      if (!from.startsWith('analyses/') && !from.startsWith('formatters/')) continue;
      expect(imports.filter((target) => relative(src, target).startsWith('cli/')), from).toEqual([]);
      if (from.startsWith('analyses/')) expect(imports.filter((target) => relative(src, target).startsWith('formatters/')), from).toEqual([]);
    }
  });
});
