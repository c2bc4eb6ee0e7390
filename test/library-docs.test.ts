// docs/library.md specifies each public type with an input and the JSON it yields: every such
// pair (a ```text block, then a ```json block) is run here, and the JSON must be part of what
// parseDraft returns (objects may show some fields only; arrays are compared in full length).
// And every export of src/index.ts has a doc comment, as an editor shows it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/index.js';

const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'library.md'), 'utf8');
const examples = [...page.matchAll(/```text\n((?:(?!```)[\s\S])*)```\n((?:(?!```)[\s\S])*)```json\n([\s\S]*?)```/g)]
  .map((match) => ({ input: match[1], expected: JSON.parse(match[3]) as object }));

describe('docs/library.md examples', () => {
  it('has an example for each part of the result', () => {
    const shown = new Set(examples.flatMap((example) => Object.keys(example.expected)));
    expect([...shown].sort()).toEqual(['annotations', 'diagnostics', 'paragraphs', 'records']);
  });

  for (const { input, expected } of examples) {
    it(input.split('\n')[0], () => {
      const result = JSON.parse(JSON.stringify(parseDraft(input, { file: 'draft.txt' })));
      expect(result).toMatchObject(expected);
    });
  }
});

describe('the exports of src/index.ts', () => {
  it('each have a doc comment whose first paragraph is a sentence', () => {
    const index = join(import.meta.dirname, '..', 'src', 'index.ts');
    const program = ts.createProgram([index], {
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true, strict: true, skipLibCheck: true, noEmit: true,
    });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!);
    const summaries = exports.map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return [exported.name, ts.displayPartsToString(symbol.getDocumentationComment(checker)).split('\n\n')[0].trim()];
    });
    expect(exports.length).toBeGreaterThan(40);
    expect(summaries.filter(([, summary]) => !/^[A-Z`].*\.$/s.test(summary))).toEqual([]);
  });
});
