/** The delegation codes a profile reads: the code table's alpha-3 codes, or ISO alpha-2 codes read as their alpha-3 code (`NZ` -> `NZL`). */
import countries from 'i18n-iso-countries/index.js';
const cache = new WeakMap();
export function profileCodes(profile, table) {
    const { system, delegations, aliases } = profile.codes;
    if (system === 'alpha-3' && !delegations && !aliases)
        return table;
    let byProfile = cache.get(table);
    if (!byProfile)
        cache.set(table, (byProfile = new WeakMap()));
    let lookup = byProfile.get(profile);
    if (!lookup)
        byProfile.set(profile, (lookup = buildLookup(profile, table)));
    return lookup;
}
function buildLookup(profile, table) {
    const { system, delegations, aliases = {} } = profile.codes;
    const allowed = delegations ? new Set(delegations) : null;
    const known = new Map();
    const resolve = (raw) => {
        if (allowed && !allowed.has(raw))
            return null;
        const target = aliases[raw] ?? (system === 'alpha-2' ? (/^[A-Z]{2}$/.test(raw) ? countries.alpha2ToAlpha3(raw) : undefined) : raw);
        if (!target)
            return null;
        const info = table.lookup(target);
        // In an alpha-2 notation the alpha-2 code is the code as written, not an alias to report.
        return info && { ...info, raw, alias: system === 'alpha-3' && raw !== info.canonical ? info.alias : false };
    };
    return {
        lookup(raw) {
            let info = known.get(raw);
            if (info === undefined)
                known.set(raw, (info = resolve(raw)));
            return info;
        },
        suggest: (raw) => (allowed ? [...allowed].filter((code) => code[0] === raw[0] || code[1] === raw[1]) : table.suggest(raw)),
    };
}
