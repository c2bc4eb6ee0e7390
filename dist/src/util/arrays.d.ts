/** Appends `items` to `target` in place; `push(...items)` overflows the stack past ~100,000 items. */
export declare function appendAll<T>(target: T[], items: readonly T[]): void;
