/**
 * What `check` runs: each file is read, checked and reported in turn, then the report is closed
 * (the text format's summary), so memory holds one file at a time however many there are.
 */
import { checkDraft } from '../../check/findings.js';
import { CHECK_FORMATS } from '../../formatters/registry.js';
import { assertNotAnInput, deliverStream } from '../delivery.js';
import { checkInputs } from '../inputs.js';
import { formatContext } from '../format-output.js';
import { runFiles } from '../run-files.js';
import { parseSettings } from '../settings.js';
const EXIT_FINDINGS = 1;
export async function runCheck({ files, options, io, config, version, setStatus }) {
    if (options.output)
        assertNotAnInput(options.output, files);
    const { codes, vocabulary } = parseSettings(options, config);
    // A missing file or a directory stops the run before any of the report is written.
    checkInputs(files);
    const entry = CHECK_FORMATS[options.format];
    // The text format is coloured on a terminal (as the terminal formats of the other commands).
    const report = entry.format({ ...formatContext(options, io, true), maxPerRule: options.maxPerRule, version });
    const quoteLines = options.format === 'text';
    // A reader that goes away (`| head`) stops the writing, not the checking: the status counts every file.
    await deliverStream({ output: options.output, inputs: files, io }, async (write) => {
        const head = report.start();
        if (head)
            await write(head);
        const check = (draft) => checkDraft(draft, { file: draft.file, codes, vocabulary, strict: options.strict });
        await runFiles(files, io, check, async (findings, { file, text }) => {
            if (findings.some((f) => f.severity === 'error'))
                setStatus(EXIT_FINDINGS);
            const sources = quoteLines ? new Map([[file, text.split('\n')]]) : undefined;
            // Each file's part goes out before the next file is read, as for the records CSV.
            await write(report.add({ findings, sources }));
        });
        await write(report.end());
    }, 'finish');
}
