import type { BlocsOptions } from './blocs-run.js';
import type { CommandDefinition } from './command.js';
/** What `blocs` shows: the agreement heatmap and its clusters (the default), or the co-proposals. */
export declare const BLOCS_VIEWS: readonly ["agreement", "coproposals"];
export declare const blocs: CommandDefinition<BlocsOptions>;
