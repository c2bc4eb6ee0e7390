import type { TraceOutput } from './results.js';
/**
 * An object: the files traced (`draft`, `later`, `base`: `{ file, lines? }`), then the view's rows
 * under its name, all three views when none is asked for. Rows have the CSV's column names, with
 * JSON's types: numbers, `codes` and `opponents` as arrays, null for an absent later paragraph.
 */
export declare function formatTraceJson({ view, trace, draft, later, base }: TraceOutput): string;
