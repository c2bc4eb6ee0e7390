/** Every file's parse, merged and filtered: what the commands that need all the records at once start from. */
import { filterRecords } from '../analyses/filter.js';
import { parseDraft } from '../api.js';
import { appendAll } from '../util/arrays.js';
import { runFiles } from './run-files.js';
/** Reads and parses `files`, merges the results and applies the `--country`, `--paragraph` and `--stance` filters. */
export async function gatherRecords(files, settings, io, options = {}) {
    const { codes, vocabulary, filter, encoding } = settings;
    const merged = { paragraphs: [], annotations: [], records: [], diagnostics: [] };
    const sources = new Map();
    await runFiles(files, io, (draft) => parseDraft(draft, { file: draft.file, codes, vocabulary }), (result, draft) => {
        if (options.keepSources)
            sources.set(draft.file, draft.text);
        appendAll(merged.paragraphs, result.paragraphs);
        appendAll(merged.annotations, result.annotations);
        appendAll(merged.records, result.records);
        appendAll(merged.diagnostics, result.diagnostics);
    }, encoding);
    if (options.prepare)
        merged.records = options.prepare(merged.records, codes);
    merged.records = filterRecords(merged.records, filter);
    if (filter.paragraphs) {
        const wanted = new Set([...filter.paragraphs].map((id) => id.toLowerCase()));
        merged.paragraphs = merged.paragraphs.filter((p) => wanted.has(p.id.toLowerCase()));
        merged.annotations = merged.annotations.filter((a) => wanted.has(a.paragraph.toLowerCase()));
    }
    return { result: merged, sources };
}
