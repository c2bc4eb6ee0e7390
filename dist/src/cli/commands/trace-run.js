import { parseDraft } from '../../api.js';
import { TRACE_FORMATS } from '../../formatters/registry.js';
import { tallyDelegations, traceDrafts } from '../../trace/index.js';
import { assertApplicable } from '../applicable.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { formatAndDeliver } from '../format-output.js';
import { findingsOf } from '../gather-records.js';
import { parseOptionsFor } from '../each-section.js';
import { runFiles } from '../run-files.js';
import { recordSettings } from '../settings.js';
import { UsageError } from '../usage-error.js';
/** `A-B` (inclusive, 1-based, A ≤ B) or `A-` (to the end, `to` left open until the file is read), else a usage error. */
export function parseLineRange(value, option) {
    const match = /^\s*(\d+)\s*-\s*(\d*)\s*$/.exec(value);
    const from = match ? Number(match[1]) : NaN;
    const to = match && match[2] !== '' ? Number(match[2]) : undefined;
    if (!match || from < 1 || (to !== undefined && to < from)) {
        throw new UsageError(`${option}: '${value}' is not a line range: give A-B with 1 ≤ A ≤ B (e.g. 108-443), or A- for A to the end`);
    }
    return { from, to };
}
/** The range checked against the file's length: it must lie inside the file. */
export function fitRange(range, text, option, file) {
    if (!range)
        return undefined;
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const to = range.to ?? lines;
    if (range.from > lines || to > lines) {
        const name = file === '-' ? 'standard input' : `'${file}'`;
        throw new UsageError(`${option}: ${range.from}-${range.to ?? ''} goes past the end of ${name}, which has ${lines} lines`);
    }
    return { from: range.from, to };
}
export async function runTrace({ args: [draftFile], files: [laterFile], options, io, config }) {
    // Everything the options say is checked before any file is read.
    const draftRange = options.draftLines === undefined ? undefined : parseLineRange(options.draftLines, '--draft-lines');
    const laterRange = options.laterLines === undefined ? undefined : parseLineRange(options.laterLines, '--later-lines');
    const baseRange = options.baseLines === undefined ? undefined : parseLineRange(options.baseLines, '--base-lines');
    // --base-lines alone: the base is in the draft file itself (the reference draft's Annex III).
    const baseFile = options.base ?? (baseRange ? draftFile : undefined);
    const inputs = [draftFile, laterFile, ...(options.base !== undefined ? [options.base] : [])];
    if (inputs.filter((file) => file === '-').length > 1)
        throw new UsageError('trace: only one of the texts can be standard input (-)');
    assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: options.format === 'csv', matrix: false });
    const settings = recordSettings(options, config);
    const { filter, encoding } = settings;
    // Each file read and parsed once, in argument order; a base that is the draft file is the draft's text.
    const read = [];
    await runFiles(inputs, io, (input) => ({ text: input.text, parsed: parseDraft(input.text, { ...parseOptionsFor(settings, input, io), invalidLines: input.invalidLines }) }), (text, { file }) => { read.push({ file, text }); }, encoding);
    const [draft, later] = [read[0].text, read[1].text];
    const base = options.base !== undefined ? read[2].text : baseFile !== undefined ? draft : undefined;
    const draftLines = fitRange(draftRange, draft.text, '--draft-lines', draftFile);
    const laterLines = fitRange(laterRange, later.text, '--later-lines', laterFile);
    const baseLines = base && baseFile !== undefined ? fitRange(baseRange, base.text, '--base-lines', baseFile) : undefined;
    const traced = traceDrafts(draft, later, { draftLines, laterLines, base, baseLines });
    const output = {
        view: options.view,
        trace: filterTrace(traced, filter.countries, filter.paragraphs),
        draft: tracedFile(draftFile, draftLines),
        later: tracedFile(laterFile, laterLines),
        base: baseFile !== undefined ? tracedFile(baseFile, baseLines) : undefined,
        examples: options.examples,
    };
    // The later text's findings say little (an adopted text has no annotations); the draft's are the run's.
    const summary = new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files: [draftFile] }, io);
    findingsOf(summary, settings, draft.parsed, { file: draftFile, text: draft.text });
    const entry = TRACE_FORMATS[options.format];
    await formatAndDeliver(entry, output, summary, options, inputs, io);
}
const tracedFile = (file, lines) => (lines ? { file, lines } : { file });
/**
 * `--paragraph`: only those draft paragraphs (IDs case-insensitive), and the delegations tallied
 * on their proposals alone. `--country`: only those delegations' tallies, the proposals they made
 * or opposed, and the paragraphs holding such a proposal.
 */
export function filterTrace(trace, countries, paragraphs) {
    let { paragraphs: links, proposals, delegations } = trace;
    if (paragraphs) {
        const wanted = new Set([...paragraphs].map((id) => id.toLowerCase()));
        links = links.filter((l) => wanted.has(l.draftParagraph.toLowerCase()));
        proposals = proposals.filter((p) => wanted.has(p.draftParagraph.toLowerCase()));
        delegations = tallyDelegations(proposals);
    }
    if (countries) {
        const involves = (p) => [...p.codes, ...p.opponents, ...p.paragraphOpponents].some((code) => countries.has(code));
        proposals = proposals.filter(involves);
        const held = new Set(proposals.map((p) => p.draftParagraph));
        links = links.filter((l) => held.has(l.draftParagraph));
        delegations = delegations.filter((d) => countries.has(d.code));
    }
    return { paragraphs: links, proposals, delegations };
}
