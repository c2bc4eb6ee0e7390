/**
 * The report's charts, drawn as SVG when the report is made: the agreement matrix, the blocs'
 * dendrogram and the trace's attainment bars. A few dozen lines each, against a chart library
 * that would outweigh the whole report (README, "A report to look at").
 */
import type { Agreement } from '../analyses/agreement.js';
import type { DendrogramNode } from '../analyses/blocs.js';
import type { DelegationTally } from '../trace/types.js';
/** Agreement 0..1 as a colour on a blue (1, same side) to orange (0, opposite sides) diverging scale, white at 0.5. */
export declare function agreementColour(score: number): string;
/** The classes of the agreement squares' colours, for the stylesheet. */
export declare function agreementClasses(): string;
/**
 * The agreement matrix of `order` (codes) as a heatmap: one square per pair, coloured by its
 * score in 5% steps, grey without a score. Each row is a `<g data-a>` and each square carries
 * only its x and class (3,000 squares for the reference draft); the script shows a pair's figures
 * on hover from the page's data.
 */
export declare function agreementSvg(agreement: Agreement, order: readonly string[]): string;
/** A key for the agreement colours. */
export declare function agreementLegendSvg(): string;
/** The dendrogram, leaves top to bottom, heights (linkage distance) left to right, the 0.5 cut as a dashed line. */
export declare function dendrogramSvg(root: DendrogramNode, blocOf: ReadonlyMap<string, number>): string;
/** Attainment per delegation as horizontal bars, highest first (ties by code), the value at each bar's end. */
export declare function attainmentSvg(delegations: readonly DelegationTally[]): string;
