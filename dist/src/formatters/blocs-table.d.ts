import type { FormatContext } from './contract.js';
import type { BlocsResult } from './results.js';
/**
 * The agreement heatmap for the terminal, delegations in cluster order (`Blocs.order`), so blocs
 * show as squares along the diagonal. A cell is two columns wide when the map fits the width that
 * way, else one; a map wider than `width` even so is split into pages of columns. With colour
 * (chalk level 1 or more) a cell is a background colour from red (never the same side) to green
 * (always); without, a shading character from blank to `█`. `·` marks a pair with too few shared
 * paragraphs. Under the map: the legend, the clusters, the delegations left out, and the pairs
 * that agree most and least (all pairs when there are few), each with its number of shared
 * paragraphs.
 */
export declare function formatBlocsTable({ agreement, blocs }: BlocsResult, { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): string;
