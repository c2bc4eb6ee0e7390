/** The raw text of a traced file, as the parser reads it: BOM dropped, CRLF and CR as LF, and its line starts. */
export interface SourceText {
    text: string;
    lineStarts: number[];
}
export declare function sourceOf(input: string): SourceText;
/** Offset of a 1-based line and column. */
export declare const offsetOf: (src: SourceText, line: number, column: number) => number;
/** 1-based line and column of an offset. */
export declare function positionOf(src: SourceText, offset: number): {
    line: number;
    column: number;
};
/** The text of lines `from`..`to` (inclusive), page-number lines blanked. */
export declare function linesOf(src: SourceText, from: number, to: number): string;
