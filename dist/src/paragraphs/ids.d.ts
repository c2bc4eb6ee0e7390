/** Paragraph IDs from labels as written (NOTATION.md, "Paragraphs and their IDs"). */
export declare const isNumberedLabel: (label: string) => boolean;
export declare function paragraphIdOf(label: string): string;
