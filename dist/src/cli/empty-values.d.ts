import type { Command } from 'commander';
/**
 * An option given an empty value (`--country ''`, `--vocabulary ''`, `-o ''`) is a usage error,
 * whichever option it is: a filter would match nothing, a file name would name none.
 */
export declare function assertNoEmptyValues(command: Command): void;
