/**
 * A growable column of 32-bit integers: a number per item, where an object apiece would take ten
 * times the memory (a draft may have 200,000 paragraphs).
 */
export declare class IntColumn {
    length: number;
    private values;
    /** Appends `value`; returns its index. */
    push(value: number): number;
    get(index: number): number;
    set(index: number, value: number): void;
}
