/**
 * The tables shipped in data/, imported as JSON modules: tsc copies them beside the compiled code
 * (dist/data/), Node 20.19+ loads them without a flag, and a bundler (the CLI's, a consumer's for
 * Node or the browser) inlines them, so no file is looked for at run time. Each is named as in the
 * repository, for the messages of ConfigError.
 */
import aliases from '../../data/aliases.json' with { type: 'json' };
import limits from '../../data/config-limits.json' with { type: 'json' };
import euMembers from '../../data/eu-members-2020.json' with { type: 'json' };
import groups from '../../data/groups.json' with { type: 'json' };
import vocabulary from '../../data/vocabulary.json' with { type: 'json' };
/** data/aliases.json: the default delegation aliases. */
export const SHIPPED_ALIASES = { file: 'data/aliases.json', json: aliases };
/** data/groups.json: the default group codes. */
export const SHIPPED_GROUPS = { file: 'data/groups.json', json: groups };
/** data/vocabulary.json: the default stance vocabulary. */
export const SHIPPED_VOCABULARY = { file: 'data/vocabulary.json', json: vocabulary };
/** data/eu-members-2020.json: the EU's members on the reference draft's date (`--expand-groups`). */
export const SHIPPED_MEMBERSHIPS = [{ file: 'data/eu-members-2020.json', json: euMembers }];
/** data/config-limits.json: how long a configuration file's entries may be, and how much of a value a message quotes. */
export const SHIPPED_LIMITS = limits;
