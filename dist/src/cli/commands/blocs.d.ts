import type { BlocsOptions } from './blocs-run.js';
import type { CommandDefinition } from './command.js';
export declare const blocs: CommandDefinition<BlocsOptions>;
