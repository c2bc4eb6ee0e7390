/** Appends `items` to `target` in place; `push(...items)` overflows the stack past ~100,000 items. */
export function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}
