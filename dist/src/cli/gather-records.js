/** Every file's parse, merged and filtered: what the commands that need all the records at once start from. */
import { filterRecords } from '../analyses/filter.js';
import { readSections } from '../api.js';
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
        // Read section by section as the records CSV is: the findings are gathered as the parts come,
        // and only the records, the paragraphs (and the annotations when asked) are kept, not each
        // file's whole parse.
        await runFiles(files, io, (draft) => readSections(draft, parseOptionsFor(settings, draft, io)), (reading, draft) => {
            if (options.keepSources)
                sources.set(draft.file, draft.text);
            const findings = findingsCollector(settings, draft);
            let recordCount = 0;
            for (const part of reading.sections) {
                if (part.complete) {
                    findings.addParagraph(part.paragraph);
                    // A plain copy, its text read once: the paragraph as read computes its text from its
                    // tokens, and keeping it would keep them.
                    merged.paragraphs.push({ ...part.paragraph });
                }
                findings.addAnnotations(part.annotations);
                if (options.keepAnnotations)
                    appendAll(merged.annotations, part.annotations);
                appendAll(merged.records, part.records);
                recordCount += part.records.length;
            }
            const diagnostics = reading.diagnostics();
            summary.add(draft.file, findings.end(diagnostics), draft.text);
            appendAll(merged.diagnostics, diagnostics);
            progress.fileDone(recordCount);
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
