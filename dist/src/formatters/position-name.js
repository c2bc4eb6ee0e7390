/** A delegation's position on a paragraph in words: `for`, `against`, `mixed`, or `none` (only `other` records). */
export function positionName(d) {
    return d.position === null ? 'none' : d.position > 0 ? 'for' : d.position < 0 ? 'against' : 'mixed';
}
