/**
 * What stderr says about a draft's faults: one account, the one `check` gives. Each file's
 * findings are counted as `check` counts them (its rules, the configuration file's choices);
 * with `--diagnostics` they are listed as `check`'s text format lists them, file by file as soon
 * as a file's are known (so memory does not grow with an archive's findings), closed by its
 * summary; without, the invalid-encoding warnings are said and a closing line counts the rest
 * and says what they are.
 */
import type { Finding } from '../check/findings.js';
import type { CliIo } from './cli-io.js';
export interface SummaryOptions {
    /** `--diagnostics`: every finding, as `check` lists them. */
    listAll: boolean;
    /** `--quiet`: nothing but errors, so no closing line. */
    quiet?: boolean;
    /** The input files, named in the closing line's `kyoto-parse check FILE`. */
    files: readonly string[];
}
export declare class DiagnosticsSummary {
    private readonly options;
    private readonly io;
    private total;
    private errors;
    private readonly byRule;
    /** Aliases as written with the code each stands for, and how often: the commonest is the closing line's example. */
    private readonly aliases;
    private readonly report?;
    /** The text whose lines the listed findings quote, read forwards. */
    private quoting?;
    constructor(options: SummaryOptions, io: CliIo);
    /** True with `--diagnostics`: the findings are listed, and so add() needs them all; else count() is enough. */
    get listing(): boolean;
    /** One finding counted (not listed): a caller that reads a file part by part need not keep them. */
    count(finding: Finding): void;
    /** One file's findings (all, or the next of them in order), with its text when they are listed (the lines they quote). */
    add(file: string, findings: readonly Finding[], text?: string): void;
    /** Counts one finding; returns what is said of it at once (an invalid-encoding warning), else ''. */
    private tally;
    /** The findings counted so far, as the report's summary shows them. */
    counts(): {
        errors: number;
        warnings: number;
    };
    end(): void;
    /** `231 findings (145 aliased codes such as UK for GBR, 21 errors): kyoto-parse check FILE lists them`. */
    private closingLine;
}
