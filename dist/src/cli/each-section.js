/**
 * The one way the commands read their files: each file read and parsed section by section
 * (readSections), its findings counted as the parts come (check's account, DiagnosticsSummary),
 * a progress line while it lasts. What a command keeps of the parts is its own affair.
 */
import { readSections } from '../api.js';
import { FindingsCollector, FindingsInOrder } from '../check/findings.js';
import { notationFor } from './notation.js';
import { Progress } from './progress.js';
import { runFiles } from './run-files.js';
/** How one file is read: the run's tables and the file's notation (`--notation`, else detected and named on stderr). */
export const parseOptionsFor = (settings, draft, io) => ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, notation: notationFor(settings.notation, draft, io) });
/**
 * A collector of one file's findings as `check` gives them, for a caller that reads it paragraph
 * by paragraph. Unless they are listed, its own findings are counted as found, not kept.
 */
export const findingsCollector = (settings, draft, summary) => new FindingsCollector(draft.text, checkOptionsOf(settings, draft), summary.listing ? undefined : (finding) => summary.count(finding));
/** How `check` would look at one file: the run's tables and rules. */
const checkOptionsOf = (settings, draft) => ({ file: draft.file, codes: settings.codes, vocabulary: settings.vocabulary, rules: settings.rules });
/** Reads `files` in order, section by section, into `reader`; `quiet`: no progress line. */
export async function readEachSection(files, settings, io, summary, quiet, reader) {
    const progress = new Progress(io, files.length, Progress.wanted(io, quiet));
    try {
        const parse = (draft) => {
            const options = parseOptionsFor(settings, draft, io);
            return { options, reading: readSections(draft, options) };
        };
        await runFiles(files, io, parse, async ({ options, reading }, draft) => {
            // The file's findings are gathered section by section: no paragraph is kept once looked at.
            // Listed (`--diagnostics`), they go out in order as they are known; else they are counted.
            const listed = summary.listing ? new FindingsInOrder(draft.text, checkOptionsOf(settings, draft), reading) : undefined;
            const findings = listed ? undefined : findingsCollector(settings, draft, summary);
            let recordCount = 0;
            for (const part of reading.sections) {
                if (listed) {
                    const ready = listed.add(part);
                    if (ready.length > 0)
                        summary.add(draft.file, ready, draft.text);
                }
                else {
                    if (part.complete)
                        findings.addParagraph(part.paragraph);
                    findings.addAnnotations(part.annotations);
                }
                recordCount += part.records.length;
                await reader.section(part);
            }
            const diagnostics = reading.diagnostics();
            summary.add(draft.file, listed ? listed.end() : findings.end(diagnostics), draft.text);
            await reader.fileDone?.(draft, diagnostics, options);
            progress.fileDone(recordCount);
        }, settings.encoding);
    }
    finally {
        // Cleared before anything else is said: the filters' notes, the closing line, an error.
        progress.end();
    }
}
