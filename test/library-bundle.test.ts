// The library as a consumer bundles it (issue 18): a small program that imports `kyoto-parse`,
// resolved as an installed package would be (node_modules/kyoto-parse, a link to this checkout,
// through package.json's `exports` to the built dist/ that `npm test` makes first), bundled by
// esbuild for the browser and for Node. The browser bundle must build with no Node built-in and
// no warning, and parse the reference draft in a context that has no Node global at all; the Node
// bundles run in a child process from a folder outside the repository, with no node_modules near.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { decodeDraft, parseDraft } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const draftFile = join(root, 'fixtures', 'kyoto-6227-20-annexes.txt');

// What a consumer writes: the package's name, nothing of its layout.
const CONSUMER = `
import { decodeDraft, parseDraft } from 'kyoto-parse';
export function run(bytes) {
  const { records, diagnostics } = parseDraft(decodeDraft(bytes), { file: 'draft.txt' });
  return { records: records.length, diagnostics: diagnostics.length, json: JSON.stringify(records) };
}
`;
// A TypeScript consumer for the browser: DOM, no @types/node.
const TYPED = `
import { decodeDraft, loadCodeTable, parseDraft, type StanceRecord } from 'kyoto-parse';
const codes = loadCodeTable({ file: 'aliases.json', json: { aliases: { SPA: 'ESP' } } });
const records: StanceRecord[] = parseDraft(decodeDraft(new Uint8Array(0)), { file: 'draft.txt', codes }).records;
document.title = String(records.length);
`;
const NODE_MAIN = `
import { readFileSync } from 'node:fs';
import { run } from './consumer.js';
const { records, diagnostics } = run(readFileSync(process.argv[2]));
console.log(records, diagnostics);
`;

let project: string;
let elsewhere: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'kyoto-consumer-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'kyoto-consumer-run-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules', 'kyoto-parse'), 'dir');
  writeFileSync(join(project, 'consumer.js'), CONSUMER);
  writeFileSync(join(project, 'main.js'), NODE_MAIN);
  writeFileSync(join(project, 'app.ts'), TYPED);
  writeFileSync(join(project, 'all.js'), "export * from 'kyoto-parse';\n");
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

async function bundle(options: BuildOptions) {
  const result = await build({ ...options, bundle: true, write: false, metafile: true, logLevel: 'silent', absWorkingDir: project });
  return { result, metafile: result.metafile, text: result.outputFiles[0].text, modules: modulesIn(result.metafile) };
}

/** The modules that put code into the bundle (tree-shaken ones are listed as inputs, with no bytes). */
function modulesIn(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

describe('a consumer bundled for the browser', () => {
  let browser: Awaited<ReturnType<typeof bundle>>;

  beforeAll(async () => {
    browser = await bundle({ entryPoints: ['consumer.js'], platform: 'browser', format: 'iife', globalName: 'consumer', target: 'es2022' });
  });

  it('builds with no Node built-in and no warning', () => {
    expect(browser.result.errors).toEqual([]);
    expect(browser.result.warnings).toEqual([]);
    const inputs = Object.values(browser.metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
    expect(inputs.filter((path) => path.startsWith('node:') || /^(fs|path|url|module|os|process)$/.test(path))).toEqual([]);
    // lodash (chevrotain's) looks for `module.require('util')` when there is a CommonJS module: not here.
    expect(browser.text).not.toMatch(/(?<![.\w])require\(|import\.meta|(?<![.\w])process\.|node:/);
  });

  it('comes from dist/ through the package\'s exports, the data inlined; parseDraft alone leaves the CLI, formatters and chalk out', () => {
    expect(browser.metafile.inputs['consumer.js'].imports).toEqual([
      expect.objectContaining({ original: 'kyoto-parse', path: expect.stringMatching(/(^|\/)dist\/src\/index\.js$/) }),
    ]);
    // esbuild names modules by their real path: the link leads to this checkout. The EU's members
    // (--expand-groups) are not needed to parse, so they are left out too; the limits on a
    // vocabulary's terms are (a vocabulary is checked when it is loaded); of the notation profiles
    // only the default (the Kyoto one) is. Unicode's confusables (unhomoglyph's data) are read
    // before every draft.
    const data = browser.modules.filter((path) => path.endsWith('.json')).map((path) => path.replace(/^.*\/(?=dist\/|i18n-iso-countries\/|unhomoglyph\/)/, ''));
    expect(data.sort()).toEqual([
      'dist/data/aliases.json', 'dist/data/config-limits.json', 'dist/data/groups.json', 'dist/data/profiles/kyoto.json', 'dist/data/vocabulary.json',
      'i18n-iso-countries/codes.json', 'i18n-iso-countries/langs/en.json', 'i18n-iso-countries/supportedLocales.json',
      'unhomoglyph/data.json',
    ]);
    expect(browser.modules.filter((path) => /\/src\/(cli|formatters|check)\/|node_modules\/(chalk|commander|csv-stringify|ml-hclust)\//.test(path))).toEqual([]);
  });

  it('parses the reference draft to 1,519 records and 166 diagnostics in a context with no Node global', () => {
    const bytes = readFileSync(draftFile);
    const sandbox = { TextDecoder, console, bytes: new Uint8Array(bytes) };
    const found = runInNewContext(`${browser.text}\nconsumer.run(bytes)`, sandbox, { filename: 'consumer-browser.js' }) as
      { records: number; diagnostics: number; json: string };
    expect(found.records).toBe(1519);
    expect(found.diagnostics).toBe(166);
    // The same records as the library run here, from the sources.
    expect(found.json).toBe(JSON.stringify(parseDraft(decodeDraft(bytes), { file: 'draft.txt' }).records));
    expect(runInNewContext('typeof process + typeof require + typeof Buffer', sandbox)).toBe('undefinedundefinedundefined');
  });
});

describe('the whole API bundled for the browser', () => {
  // What the README says: everything but FORMATS needs no Node global; FORMATS' CSV formats use
  // csv-stringify, whose module makes a Buffer when it loads (a polyfill: the `buffer` package).
  it('builds with no Node built-in and no warning, and runs the checks, analyses and formats like the sources, given a Buffer', async () => {
    const all = await bundle({ entryPoints: ['all.js'], platform: 'browser', format: 'iife', globalName: 'lib', target: 'es2022' });
    expect(all.result.warnings).toEqual([]);
    expect(all.modules.filter((path) => /\/src\/cli\//.test(path))).toEqual([]);
    // Plain JavaScript, run the same in the sandbox on the bundle and here on the sources.
    const USE = `
      const result = lib.parseDraft(lib.decodeDraft(bytes), { file: 'draft.txt' });
      const positions = lib.buildPositions(result.records);
      return JSON.stringify([
        lib.checkDraft(lib.decodeDraft(bytes), { file: 'draft.txt' }),
        lib.rankContested(positions).slice(0, 5),
        lib.clusterDelegations(lib.computeAgreement(positions)),
        lib.expandGroups(result.records, lib.loadGroupMemberships(), lib.loadCodeTable()).length,
        lib.FORMATS.report.format({ result }),
        lib.FORMATS.csv.format({ result }),
        lib.FORMATS['matrix-json'].format({ result }),
      ]);`;
    const bytes = new Uint8Array(readFileSync(draftFile));
    const sandbox = { TextDecoder, console, Buffer, bytes };
    const found = runInNewContext(`${all.text}\n(function (lib, bytes) {${USE}\n})(lib, bytes)`, sandbox, { filename: 'all-browser.js' }) as string;
    expect(found).toBe(new Function('lib', 'bytes', USE)(library, bytes));
  });
});

describe('a consumer bundled for Node', () => {
  it.each(['esm', 'cjs'] as const)('as %s, runs from a folder outside the repository: 1,519 records, 166 diagnostics, nothing on stderr', async (format) => {
    const file = join(elsewhere, format === 'esm' ? 'consumer.mjs' : 'consumer.cjs');
    const node = await bundle({ entryPoints: ['main.js'], platform: 'node', format, target: 'node20' });
    expect(node.result.errors).toEqual([]);
    expect(node.result.warnings).toEqual([]);
    writeFileSync(file, node.text);
    const run = spawnSync(process.execPath, [file, draftFile], { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('1519 166\n');
    expect(run.status).toBe(0);
  });
});

describe('a TypeScript consumer for the browser', () => {
  // skipLibCheck, as most project templates set it: chalk's own declarations (reached through
  // FORMATS' `chalk` option) name node:tty.
  it.each([
    ['bundler', ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
    ['nodenext', ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
  ])('type-checks against the declarations in dist/ (moduleResolution %s) with no @types/node', (_name, module, moduleResolution) => {
    const program = ts.createProgram([join(project, 'app.ts')], {
      noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module, moduleResolution,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
