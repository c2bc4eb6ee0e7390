import type { CommandDefinition } from './command.js';
/** The options are each command's own: the program hands them on as commander parsed them. */
export type AnyCommand = CommandDefinition<never>;
export declare const MAIN_COMMAND: AnyCommand;
export declare const SUBCOMMANDS: AnyCommand[];
