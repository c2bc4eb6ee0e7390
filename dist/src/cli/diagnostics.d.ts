/** What stderr says about the parse's diagnostics. */
import type { Diagnostic } from '../types.js';
import type { OutputStream } from './cli-io.js';
/**
 * File by file: the invalid-encoding warnings, or with `--diagnostics` every diagnostic, one line
 * each, said as soon as a file's are known (so memory does not grow with an archive's
 * diagnostics); at the end, without `--diagnostics`, their number.
 */
export declare class DiagnosticsSummary {
    private readonly listAll;
    private readonly stderr;
    private count;
    constructor(listAll: boolean, stderr: OutputStream);
    add(diagnostics: readonly Diagnostic[]): void;
    end(): void;
}
