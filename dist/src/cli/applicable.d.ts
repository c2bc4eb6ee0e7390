export interface ApplicableOptions {
    width?: number;
    counts?: boolean;
    escapeFormulas?: boolean;
}
export interface FormatTraits {
    /** The format as the user names it (`table`, `csv`, `matrix-json`). */
    name: string;
    /** How the format was chosen, when not by --format (`the default when standard output is not a terminal`). */
    chosen?: string;
    /** A table for the terminal: --width applies. */
    terminal: boolean;
    /** A CSV with text cells, which --no-escape-formulas leaves raw. */
    csvText: boolean;
    /** Matrix cells, which --counts counts. */
    matrix: boolean;
}
export declare function assertApplicable(options: ApplicableOptions, format: FormatTraits): void;
