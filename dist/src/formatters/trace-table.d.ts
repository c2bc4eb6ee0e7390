import type { FormatContext } from './contract.js';
import type { TraceOutput } from './results.js';
export declare const ATTAINMENT = "attainment = (yes + \u00BD \u00B7 partly + oppositions upheld) / (proposals + oppositions)";
/**
 * `trace` for the terminal. Without a view, the overview: what was traced, the delegations'
 * tallies, then the proposals that survived and failed most clearly, each beside the later
 * wording with the difference marked word by word. With a view, that view as a table.
 */
export declare function formatTraceTable(output: TraceOutput, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): string;
