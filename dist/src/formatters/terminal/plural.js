/** `1 record`, `2 records`: English plurals of the regular words the reports count. */
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
