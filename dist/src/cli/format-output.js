import { chalkFor } from '../formatters/terminal/colour.js';
import { toTerminal } from './cli-io.js';
import { deliver } from './delivery.js';
import { DiagnosticsSummary } from './diagnostics.js';
/** Colour only for a terminal format bound for a terminal; width from `--width`, the terminal, or 80. */
export function formatContext(options, io, terminalFormat) {
    const terminal = toTerminal(io, options.output);
    return {
        chalk: chalkFor(io.env, terminal && terminalFormat),
        width: options.width ?? (terminal ? io.stdout.columns : undefined) ?? 80,
        counts: options.counts === true,
        escapeFormulas: options.escapeFormulas ?? true,
    };
}
/** Formats `result`, says the diagnostics on stderr, then writes the text to `-o FILE` or stdout. */
export async function formatAndDeliver(entry, result, diagnostics, options, inputs, io) {
    const text = entry.format(result, formatContext(options, io, entry.terminal));
    const summary = new DiagnosticsSummary(options.diagnostics === true, io.stderr);
    summary.add(diagnostics);
    summary.end();
    await deliver(text, { output: options.output, inputs, io });
}
