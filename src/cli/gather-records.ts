/** Every file's parse, merged and filtered: what the commands that need all the records at once start from. */
import { filterRecords, recordFilter } from '../analyses/filter.js';
import type { StanceTally } from '../analyses/matrix.js';
import { PositionTable } from '../analyses/position-table.js';
import { buildPositions, PositionsBuilder, type Positions } from '../analyses/positions.js';
import { checkParsed } from '../check/findings.js';
import type { CodeTable } from '../records/codes.js';
import { ReportCounter, type ReportCounts } from '../formatters/report.js';
import type { Annotation, Paragraph, ParseResult, StanceRecord } from '../types.js';
import { appendAll } from '../util/arrays.js';
import type { CliIo } from './cli-io.js';
import type { DiagnosticsSummary } from './diagnostics.js';
import { readEachSection } from './each-section.js';
import { FilterWitness, paragraphKey } from './lookups.js';
import type { RecordSettings } from './settings.js';

export interface GatheredRecords {
  result: ParseResult;
  /** Each input's decoded text, by the name records carry (`-` for standard input); empty unless kept. */
  sources: Map<string, string>;
}

/**
 * What gatherTallies gives: each delegation's stance counts on each paragraph (a PositionTable),
 * or with group expansion the records, and the paragraphs' order.
 */
export interface GatheredTallies extends Omit<GatheredRecords, 'result'> {
  result: { records: readonly StanceTally[] | PositionTable; paragraphs: Pick<Paragraph, 'file' | 'id'>[] };
}

/** Every file's parse but its records, merged. */
type Merged<P> = Omit<ParseResult, 'records' | 'paragraphs'> & { paragraphs: P[] };

export interface GatherOptions {
  /** Sees the merged records before the filters (the analytics commands expand groups there). */
  prepare?: (records: StanceRecord[], codes: CodeTable) => StanceRecord[];
  /** Keep each file's text: `paragraph` shows struck text from it; the others need not hold every file. */
  keepSources?: boolean;
  /** The command shows no paragraph (`country`): none is kept. */
  noParagraphs?: boolean;
  /** Which paragraphs' texts are kept (the HTML report's, `paragraph`'s own); the others are kept with none (''). gatherRecords alone keeps texts. */
  paragraphText?: (paragraph: Paragraph) => boolean;
  /** Keep every annotation (the HTML report lists them); the others need only the records. */
  keepAnnotations?: boolean;
  /** Sees each section's annotations, kept or not (the terminal report counts them). */
  seeAnnotations?: (annotations: readonly Annotation[]) => void;
  /** Sees each section's records after the filters (the records workbook writes them as they come). */
  seeRecords?: (records: readonly StanceRecord[]) => Promise<void>;
  /** Records the command needs (`paragraph` keeps only its paragraph's); the others are dropped as they come. */
  keep?: (record: StanceRecord) => boolean;
  /** `--quiet`: no progress line. */
  quiet?: boolean;
}

/** Each file's findings, counted (or listed) as `check` gives them. */
export function findingsOf(summary: DiagnosticsSummary, settings: RecordSettings, result: ParseResult, draft: { file: string; text: string }): void {
  const findings = checkParsed(result, draft.text, { file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });
  summary.add(draft.file, findings, draft.text);
}

/** What gathering keeps: each record, or (tallies) only what the matrix and positions count; each paragraph or its ID. */
interface Keeper<P> {
  add(records: StanceRecord[]): void;
  /** What is kept of a paragraph once read: nothing for undefined. */
  paragraph(paragraph: Paragraph): P | undefined;
}

/**
 * What is kept of a paragraph: a plain copy, with its text (read once here) when `withText` says
 * it is shown, else with none (''): `country` and the workbook never show a text, and a paragraph
 * of megabytes, or 200,000 paragraphs, would hold theirs for nothing.
 */
export const copyOf = (withText: (paragraph: Paragraph) => boolean) => (paragraph: Paragraph): Paragraph => {
  // Field by field: a spread would read the text.
  const { file, id, baseId, kind, label, startLine, endLine } = paragraph;
  return { file, id, baseId, kind, label, startLine, endLine, text: withText(paragraph) ? paragraph.text : '' };
};

/**
 * Reads and parses `files` section by section, the findings gathered as the parts come: only what
 * `keeper` keeps of the paragraphs and records (and the annotations when asked) is held, not each
 * file's whole parse. Without `prepare` the filters apply section by section,
 * so a filtered run holds only what it keeps; group expansion needs a paragraph's every record,
 * and so the whole list.
 */
async function readAll<P extends Pick<Paragraph, 'file' | 'id'>>(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions, keeper: Keeper<P>): Promise<{ result: Merged<P>; sources: Map<string, string>; witness: FilterWitness }> {
  const { filter } = settings;
  const merged: Merged<P> = { paragraphs: [], annotations: [], diagnostics: [] };
  const sources = new Map<string, string>();
  const witness = new FilterWitness(filter);
  const passes = options.prepare === undefined ? recordFilter(filter) : undefined;
  await readEachSection(files, settings, io, summary, options.quiet, {
    section: async (part) => {
      if (part.complete) {
        witness.see([part.paragraph.id], []);
        const kept = keeper.paragraph(part.paragraph);
        if (kept) merged.paragraphs.push(kept);
      }
      if (options.keepAnnotations) appendAll(merged.annotations, part.annotations);
      options.seeAnnotations?.(part.annotations);
      let records = part.records;
      if (passes) {
        records = records.filter(passes);
        witness.see([], records);
      }
      if (options.keep) records = records.filter(options.keep);
      keeper.add(records);
      await options.seeRecords?.(records);
    },
    fileDone: (draft, diagnostics) => {
      if (options.keepSources) sources.set(draft.file, draft.text);
      appendAll(merged.diagnostics, diagnostics);
    },
  });
  return { result: merged, sources, witness };
}

/** Whether a paragraph ID is one `--paragraph` names (every one without it). */
export function paragraphShown(filter: RecordSettings['filter']): (id: string) => boolean {
  if (!filter.paragraphs) return () => true;
  const wanted = new Set([...filter.paragraphs].map(paragraphKey));
  return (id) => wanted.has(paragraphKey(id));
}

/** The paragraphs (all, or those `--paragraph` names) and the annotations of the paragraphs kept; the filters' notes said. */
function finish<R extends Merged<Pick<Paragraph, 'file' | 'id'>>>(merged: R, witness: FilterWitness, filter: RecordSettings['filter'], io: CliIo): R {
  // A filter that matches nothing is said on stderr; the command still runs.
  witness.end(io.stderr);
  if (filter.paragraphs) {
    const shown = paragraphShown(filter);
    merged.paragraphs = merged.paragraphs.filter((p) => shown(p.id));
    merged.annotations = merged.annotations.filter((a) => shown(a.paragraph));
  }
  return merged;
}

/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export async function gatherRecords(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions = {}): Promise<GatheredRecords> {
  let records: StanceRecord[] = [];
  const { result, sources, witness } = await readAll(files, settings, io, summary, options, { add: (kept) => appendAll(records, kept), paragraph: options.noParagraphs ? () => undefined : copyOf(options.paragraphText ?? (() => false)) });
  if (options.prepare) {
    records = filterRecords(options.prepare(records, settings.codes), settings.filter);
    witness.see([], records);
  }
  return { result: { ...finish(result, witness, settings.filter, io), records }, sources };
}

/**
 * Each delegation's position on each paragraph (buildPositions), counted as the records come: what
 * `contested` and `blocs` start from, holding no record and no paragraph. With group expansion,
 * which needs every record, from gatherRecords.
 */
export async function gatherPositions(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions = {}): Promise<Positions> {
  if (options.prepare) return buildPositions((await gatherRecords(files, settings, io, summary, options)).result.records);
  const builder = new PositionsBuilder();
  const { result, witness } = await readAll(files, settings, io, summary, options, { add: (records) => builder.add(records), paragraph: () => undefined });
  finish(result, witness, settings.filter, io);
  return builder.build();
}

/**
 * As gatherRecords, the records kept as stance counts per paragraph and delegation (PositionTable):
 * what the matrix counts, a few dozen bytes per cell however many records a draft has.
 */
export async function gatherTallies(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions = {}): Promise<GatheredTallies> {
  if (options.prepare) return gatherRecords(files, settings, io, summary, options);
  const table = new PositionTable();
  // The matrix orders its columns by the paragraphs' IDs: nothing more of them is kept.
  const keeper = { add: (records: StanceRecord[]) => table.add(records), paragraph: ({ file, id }: Paragraph) => ({ file, id }) };
  const { result, sources, witness } = await readAll(files, settings, io, summary, options, keeper);
  return { result: { paragraphs: finish(result, witness, settings.filter, io).paragraphs, records: table }, sources };
}

/**
 * What the terminal report shows (its matrix, and what its summary counts) as gatherTallies and
 * a ReportCounter gather it: no record and no annotation is held.
 */
export async function gatherReport(files: readonly string[], settings: RecordSettings, io: CliIo, summary: DiagnosticsSummary, options: GatherOptions = {}): Promise<{ matrix: GatheredTallies['result']; counts: ReportCounts }> {
  const counter = new ReportCounter();
  // As finish() keeps them: the paragraphs and annotations of the paragraphs `--paragraph` names.
  const shown = paragraphShown(settings.filter);
  const table = new PositionTable();
  const keeper = {
    add: (records: StanceRecord[]) => {
      table.add(records);
      counter.records(records);
    },
    paragraph: (paragraph: Paragraph) => {
      if (shown(paragraph.id)) counter.paragraphs([paragraph]);
      return { file: paragraph.file, id: paragraph.id };
    },
  };
  const seeAnnotations = (annotations: readonly Annotation[]) => counter.annotations(annotations.filter((a) => shown(a.paragraph)));
  const { result, witness } = await readAll(files, settings, io, summary, { ...options, seeAnnotations }, keeper);
  const { paragraphs, diagnostics } = finish(result, witness, settings.filter, io);
  counter.diagnostics(diagnostics);
  return { matrix: { records: table, paragraphs }, counts: counter.counts() };
}
