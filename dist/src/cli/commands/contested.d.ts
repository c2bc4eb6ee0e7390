import type { CommandDefinition } from './command.js';
import type { ContestedOptions } from './contested-run.js';
export declare const contested: CommandDefinition<ContestedOptions>;
