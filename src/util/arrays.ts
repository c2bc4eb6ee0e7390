/** Adds `item` to the list `key` holds in `lists`, which starts it. */
export function addTo<K, V>(lists: Map<K, V[]>, key: K, item: V): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** Appends `items` to `target` in place; `push(...items)` overflows the stack past ~100,000 items. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Records (or diagnostics) formatted at a time, wherever a list of them is written: one annotation
 * of 100,000 codes has 100,000 records. A batch's text, some tens of KB of JSON, stays below the
 * size V8 allocates straight into its old generation (128 KiB), so it dies young instead of
 * waiting there for a full collection (bench/README.md).
 */
export const FORMATTED_AT_ONCE = 128;

/** `items` FORMATTED_AT_ONCE at a time. */
export function* inBatches<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let first = 0; first < items.length; first += FORMATTED_AT_ONCE) yield items.slice(first, first + FORMATTED_AT_ONCE);
}
