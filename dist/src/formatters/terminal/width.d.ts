/** Widths in terminal columns, and text fitted to them. Styling is applied after layout, so widths are always of plain text. */
/** Width in terminal columns; counts code points, which holds for the codes and IDs of drafts. */
export declare function textWidth(text: string): number;
export declare function pad(text: string, width: number): string;
export declare function padStart(text: string, width: number): string;
/** Cuts `text` to `width` columns, marking the cut with `…` at the end (or the start). */
export declare function truncate(text: string, width: number, from?: 'end' | 'start'): string;
/** `word` cut into pieces of at most `size` columns. */
export declare function chunk(word: string, size: number): string[];
/**
 * A styled line cut to `width` columns, its styling kept; a cut line ends by resetting the style.
 * For the last resort of a layout that cannot fit, so no `…`: the cut is at a column's edge.
 */
export declare function cutStyled(text: string, width: number): string;
