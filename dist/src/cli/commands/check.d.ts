import type { CommandDefinition } from './command.js';
import type { CheckOptions } from './check-run.js';
export declare const check: CommandDefinition<CheckOptions>;
