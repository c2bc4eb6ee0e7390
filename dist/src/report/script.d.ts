/**
 * The report's one script, inline, as plain browser JavaScript kept in a string: nothing to
 * bundle, the same bytes on every build. It reads the records from `#report-data` and makes the
 * heatmap interactive: the tooltip on hover and focus, the detail on click or Enter, arrow-key
 * navigation with one tab stop (roving tabindex), the filters and the row order.
 */
export declare const REPORT_SCRIPT: string;
