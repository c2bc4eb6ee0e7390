/** Every file's parse, merged and filtered: what the commands that need all the records at once start from. */
import { filterRecords } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { checkParsed, FindingsCollector } from '../check/findings.js';
import { appendAll } from '../util/arrays.js';
import { FilterWitness, paragraphKey } from './lookups.js';
import { Progress } from './progress.js';
import { runFiles } from './run-files.js';
import { notationFor } from './notation.js';
/** A collector of one file's findings as `check` gives them, for a caller that reads it paragraph by paragraph. */
export const findingsCollector = (settings, draft) => new FindingsCollector(draft.text, { file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });
/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export const parseOptionsFor = (settings, draft, io) => ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, notation: notationFor(settings.notation, draft, io) });
/** Each file's findings, counted (or listed) as `check` gives them. */
export function findingsOf(summary, settings, result, draft) {
    const findings = checkParsed(result, draft.text, { file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });
    summary.add(draft.file, findings, draft.text);
}
/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export async function gatherRecords(files, settings, io, summary, options = {}) {
    const { codes, filter, encoding } = settings;
    const merged = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
    const sources = new Map();
    const progress = new Progress(io, files.length, Progress.wanted(io, options.quiet));
    try {
        await runFiles(files, io, (draft) => parseDraft(draft, parseOptionsFor(settings, draft, io)), (result, draft) => {
            if (options.keepSources)
                sources.set(draft.file, draft.text);
            findingsOf(summary, settings, result, draft);
            appendAll(merged.paragraphs, result.paragraphs);
            appendAll(merged.annotations, result.annotations);
            appendAll(merged.records, result.records);
            appendAll(merged.diagnostics, result.diagnostics);
            progress.fileDone(result.records.length);
        }, encoding);
    }
    finally {
        // Cleared before anything else is said: the filters' notes, the closing line, an error.
        progress.end();
    }
    if (options.prepare)
        merged.records = options.prepare(merged.records, codes);
    merged.records = filterRecords(merged.records, filter);
    // A filter that matches nothing is said on stderr; the command still runs.
    const witness = new FilterWitness(filter);
    witness.see(merged.paragraphs.map((p) => p.id), merged.records);
    witness.end(io.stderr);
    if (filter.paragraphs) {
        const wanted = new Set([...filter.paragraphs].map(paragraphKey));
        merged.paragraphs = merged.paragraphs.filter((p) => wanted.has(paragraphKey(p.id)));
        merged.annotations = merged.annotations.filter((a) => wanted.has(paragraphKey(a.paragraph)));
    }
    return { result: merged, sources };
}
