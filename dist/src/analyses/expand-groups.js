/**
 * `--expand-groups`: a group's stance counts for its members.
 *
 * For each record of a group with known membership (the EU, from data/eu-members-2020.json), a
 * record is added for every member that has no record of its own on that paragraph, with the
 * group's stance, label, position and excerpt, and `raw` set to the group's code (`EU`), so an
 * expanded record can always be told from one the draft names. The group's own records are kept.
 * A member that speaks for itself on a paragraph is taken at its word there: the group's records
 * on that paragraph add nothing for it.
 */
import { SHIPPED_MEMBERSHIPS } from '../data/shipped.js';
import { ConfigError } from '../errors.js';
/**
 * Membership lists, checked: the shipped ones by default (the EU's on the reference draft's date),
 * or lists already read and parsed (`{ group, members, source, date }` each); a list of another
 * shape throws ConfigError naming its `file`.
 */
export function loadGroupMemberships(sources = SHIPPED_MEMBERSHIPS) {
    return sources.map(({ file, json }) => parseMembership(file, json));
}
function parseMembership(file, json) {
    const fail = (reason) => {
        throw new ConfigError(file, reason);
    };
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return fail('expected a JSON object');
    const { group, members, source, date } = json;
    if (typeof group !== 'string' || group === '')
        fail('"group" must be a group code');
    if (typeof source !== 'string' || source === '')
        fail('"source" must say where the list comes from');
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        fail('"date" must be a date (YYYY-MM-DD)');
    if (!Array.isArray(members) || members.some((code) => typeof code !== 'string' || !/^[A-Z]{3}$/.test(code))) {
        fail('"members" must be an array of ISO 3166-1 alpha-3 codes');
    }
    return { group: group, members: [...new Set(members)], source: source, date: date };
}
/**
 * The records with each group record expanded to the members that have no record of their own on
 * its paragraph (`--expand-groups`). Added records follow the group's record they come from (members in code order),
 * so the result stays ordered by position.
 */
export function expandGroups(records, memberships, codes) {
    const membersOf = new Map(memberships.map((m) => [m.group, [...m.members].sort()]));
    const present = new Set(records.map((record) => presenceKey(record.file, record.paragraph, record.country)));
    const expanded = [];
    for (const record of records) {
        expanded.push(record);
        const members = membersOf.get(record.country);
        if (!members)
            continue;
        for (const member of members) {
            if (present.has(presenceKey(record.file, record.paragraph, member)))
                continue;
            const name = codes.lookup(member)?.name ?? member;
            expanded.push({ ...record, country: member, name, raw: record.country });
        }
    }
    return expanded;
}
function presenceKey(file, paragraph, country) {
    return `${file}\u0000${paragraph}\u0000${country}`;
}
/** True for a record `expandGroups` added: its `raw` is a group's code and its country is not that group. */
export function isExpanded(record, memberships) {
    return memberships.some((m) => record.raw === m.group && record.country !== m.group);
}
