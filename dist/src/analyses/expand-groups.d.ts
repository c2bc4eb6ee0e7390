import type { CodeTable } from '../records/codes.js';
import type { StanceRecord } from '../types.js';
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
/** The shipped membership lists (the EU's on the reference draft's date). */
export declare function loadGroupMemberships(files?: readonly string[]): GroupMembership[];
/**
 * The records with each group record expanded to the members that have no record of their own on
 * its paragraph. Added records follow the group's record they come from (members in code order),
 * so the result stays ordered by position.
 */
export declare function expandGroups(records: readonly StanceRecord[], memberships: readonly GroupMembership[], codes: CodeTable): StanceRecord[];
/** True for a record `expandGroups` added: its `raw` is a group's code and its country is not that group. */
export declare function isExpanded(record: StanceRecord, memberships: readonly GroupMembership[]): boolean;
