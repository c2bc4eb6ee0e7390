import type { TraceView } from '../../formatters/results.js';
import type { LineRange, TraceResult } from '../../trace/types.js';
import { type FilterOptions } from '../settings.js';
import type { Invocation } from './command.js';
export interface TraceOptions extends FilterOptions {
    view?: TraceView;
    format: string;
    draftLines?: string;
    laterLines?: string;
    base?: string;
    baseLines?: string;
    examples: number;
    output?: string;
    escapeFormulas: boolean;
    width?: number;
    diagnostics?: boolean;
    quiet?: boolean;
}
/** `A-B` (inclusive, 1-based, A ≤ B) or `A-` (to the end, `to` left open until the file is read), else a usage error. */
export declare function parseLineRange(value: string, option: string): {
    from: number;
    to?: number;
};
/** The range checked against the file's length: it must lie inside the file. */
export declare function fitRange(range: {
    from: number;
    to?: number;
} | undefined, text: string, option: string, file: string): LineRange | undefined;
export declare function runTrace({ args: [draftFile], files: [laterFile], options, io, config }: Invocation<TraceOptions>): Promise<void>;
/**
 * `--paragraph`: only those draft paragraphs (IDs case-insensitive), and the delegations tallied
 * on their proposals alone. `--country`: only those delegations' tallies, the proposals they made
 * or opposed, and the paragraphs holding such a proposal.
 */
export declare function filterTrace(trace: TraceResult, countries: ReadonlySet<string> | undefined, paragraphs: ReadonlySet<string> | undefined): TraceResult;
