import type { JsonSource } from '../json-source.js';
import type { CodeTable } from '../records/codes.js';
import type { StanceRecord } from '../types.js';
/** A group's members on a date, with where the list comes from (for expandGroups). */
export interface GroupMembership {
    /** The group's canonical code (`EU`). */
    group: string;
    /** ISO 3166-1 alpha-3 codes of the members. */
    members: string[];
    /** Where the list comes from. */
    source: string;
    /** The date the list holds for (ISO 8601). */
    date: string;
}
/**
 * Membership lists, checked: the shipped ones by default (the EU's on the reference draft's date),
 * or lists already read and parsed (`{ group, members, source, date }` each); a list of another
 * shape throws ConfigError naming its `file`.
 */
export declare function loadGroupMemberships(sources?: readonly JsonSource[]): GroupMembership[];
/**
 * The records with each group record expanded to the members that have no record of their own on
 * its paragraph (`--expand-groups`). Added records follow the group's record they come from (members in code order),
 * so the result stays ordered by position.
 */
export declare function expandGroups(records: readonly StanceRecord[], memberships: readonly GroupMembership[], codes: CodeTable): StanceRecord[];
/** True for a record `expandGroups` added: its `raw` is a group's code and its country is not that group. */
export declare function isExpanded(record: StanceRecord, memberships: readonly GroupMembership[]): boolean;
