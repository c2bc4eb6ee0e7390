/**
 * Counts paragraphs, not records: a paragraph on which the delegation both proposed wording and
 * asked to delete some counts once as supported and once as sought to delete. Paragraphs of
 * different files are different paragraphs.
 */
export function summariseCountry(country, name, records) {
    const sets = { all: new Set(), support: new Set(), oppose: new Set(), delete: new Set(), other: new Set() };
    let count = 0;
    for (const record of records) {
        if (record.country !== country)
            continue;
        count += 1;
        const key = `${record.file}\u0000${record.paragraph}`;
        sets.all.add(key);
        sets[record.stance].add(key);
    }
    return {
        country, name, records: count, paragraphs: sets.all.size,
        supported: sets.support.size, opposed: sets.oppose.size, deleted: sets.delete.size, other: sets.other.size,
    };
}
