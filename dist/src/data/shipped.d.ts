import type { JsonSource } from '../json-source.js';
/** data/aliases.json: the default delegation aliases. */
export declare const SHIPPED_ALIASES: JsonSource;
/** data/groups.json: the default group codes. */
export declare const SHIPPED_GROUPS: JsonSource;
/** data/vocabulary.json: the default stance vocabulary. */
export declare const SHIPPED_VOCABULARY: JsonSource;
/** data/eu-members-2020.json: the EU's members on the reference draft's date (`--expand-groups`). */
export declare const SHIPPED_MEMBERSHIPS: readonly JsonSource[];
/** data/config-limits.json: how long a configuration file's entries may be, and how much of a value a message quotes. */
export declare const SHIPPED_LIMITS: Readonly<{
    vocabularyTermLength: number;
    groupNameLength: number;
    aliasWarningLength: number;
    quotedValueLength: number;
}>;
