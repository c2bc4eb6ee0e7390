/**
 * What a command is: a definition, loaded with the program, that declares its arguments,
 * options, formats and help; and a run, loaded only when the command runs, that goes through
 * one lifecycle: options -> settings checked before any output -> run the files -> format ->
 * deliver.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import type { Example } from '../help.js';
import type { ConfigFiles } from '../settings.js';
/** One run of a command, as the command line gave it. */
export interface Invocation<Options> {
    /** The arguments before the files (`country`'s CODE, `paragraph`'s ID). */
    args: string[];
    files: string[];
    options: Options;
    io: CliIo;
    /** The run's `--aliases` and `--vocabulary` files, each read once. */
    config: ConfigFiles;
    version: string;
    /** An exit status other than 0 for a run that completes (`check`'s findings). */
    setStatus(status: number): void;
}
export type RunCommand<Options> = (invocation: Invocation<Options>) => Promise<void>;
export interface CommandDefinition<Options> {
    /** The subcommand's name; none for the main command. */
    name?: string;
    /** Adds the description, arguments, options and help to `command`. */
    declare(command: Command): Command;
    /** Two to four real runs on the bundled draft, which end the command's help. */
    examples: readonly Example[];
    /** The run, loaded when the command runs, so that the program loads no analysis it does not run. */
    load(): Promise<RunCommand<Options>>;
}
