/**
 * What `check` runs: each file is read, checked and reported in turn, then the report is closed
 * (the text format's summary), so memory holds one file at a time however many there are.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { checkDraftInOrder } from '../../check/findings.js';
import { QuotedLines } from '../../check/quoted-lines.js';
import { packagePath } from '../json-file.js';
import { stepSummaryReport } from '../../formatters/check/step-summary.js';
import { CHECK_FORMATS } from '../../formatters/registry.js';
import { deliverStream } from '../delivery.js';
import { checkInputs } from '../inputs.js';
import { formatContext } from '../format-output.js';
import { toTerminal } from '../cli-io.js';
import { Progress } from '../progress.js';
import { runFiles } from '../run-files.js';
import { gzippedSize, sarifPlacement, sarifRoot } from '../repository-root.js';
import { ruleChoices } from '../rule-choices.js';
import { reason } from '../usage-error.js';
import { parseSettings } from '../settings.js';
import { notationFor } from '../notation.js';
const EXIT_FINDINGS = 1;
export async function runCheck({ files, options, io, config, version, setStatus }) {
    const { codes, vocabulary, encoding, notation } = parseSettings(options, config);
    const rules = ruleChoices(options, config.project);
    // A missing file or a directory stops the run before any of the report is written.
    checkInputs(files, io);
    const entry = CHECK_FORMATS[options.format];
    const cwd = process.cwd();
    const sarif = options.format === 'sarif' ? {
        placement: sarifPlacement(sarifRoot(options.sarifRoot, cwd), cwd),
        compressedSize: gzippedSize,
        helpBase: readmeUrl(),
        maxResults: options.sarifMaxResults,
        notify: (message) => io.stderr.write(`kyoto-parse: ${message}\n`),
    } : undefined;
    // In a GitHub Actions step, the github format also lists every finding in the step summary.
    const summaryFile = options.format === 'github' ? io.env.GITHUB_STEP_SUMMARY || undefined : undefined;
    const summary = summaryFile ? stepSummaryReport() : undefined;
    const summaryParts = [];
    // The text format is coloured on a terminal (as the terminal formats of the other commands).
    const wrap = options.width !== undefined || toTerminal(io, options.output);
    const report = entry.format({ ...formatContext(options, io, true), wrap, maxPerRule: options.maxPerRule, version, sarif, stepSummary: summary !== undefined });
    // The text format quotes the lines; SARIF's fingerprints read them.
    const quoteLines = options.format === 'text' || options.format === 'sarif';
    const progress = new Progress(io, files.length, Progress.wanted(io, options.quiet), 'findings');
    // A reader that goes away (`| head`) stops the writing, not the checking: the status counts every file.
    try {
        await deliverStream({ output: options.output, inputs: files, io }, async (write) => {
            const head = report.start();
            if (head)
                await write(head);
            // A file's findings go out in batches as it is read (checkDraftInOrder), each with the lines
            // it quotes: no file's every finding, nor every line, is held.
            const check = (draft) => checkDraftInOrder(draft, { file: draft.file, codes, vocabulary, strict: options.strict, rules, notation: notationFor(notation, draft, io) });
            await runFiles(files, io, check, async (batches, { file, text }) => {
                const lines = quoteLines ? new QuotedLines(text) : undefined;
                let count = 0;
                let added = false;
                for (const findings of batches) {
                    if (findings.some((f) => f.severity === 'error'))
                        setStatus(EXIT_FINDINGS);
                    await write(report.add({ findings, sources: lines && new Map([[file, lines.of(findings)]]) }));
                    if (summary)
                        summaryParts.push(summary.add({ findings }));
                    count += findings.length;
                    added = true;
                }
                // A file without findings is still a part of the report.
                if (!added) {
                    await write(report.add({ findings: [] }));
                    if (summary)
                        summaryParts.push(summary.add({ findings: [] }));
                }
                progress.fileDone(count);
            }, encoding);
            progress.end();
            await write(report.end());
        }, 'finish');
    }
    finally {
        progress.end();
    }
    // Appended once the report is out: a run stopped by a bad file adds nothing.
    if (summary && summaryFile) {
        try {
            appendFileSync(summaryFile, summaryParts.join('') + summary.end());
        }
        catch (error) {
            io.stderr.write(`kyoto-parse: cannot append to the step summary '${summaryFile}': ${reason(error)}\n`);
        }
    }
}
/** The package's `homepage` (its README), when package.json has an http(s) one: the rules' help links point into it. */
function readmeUrl() {
    const { homepage } = JSON.parse(readFileSync(packagePath('package.json'), 'utf8'));
    return typeof homepage === 'string' && /^https?:\/\//.test(homepage) ? homepage : undefined;
}
