import { UsageError } from './usage-error.js';
/**
 * An option given an empty value (`--country ''`, `--vocabulary ''`, `-o ''`) is a usage error,
 * whichever option it is: a filter would match nothing, a file name would name none.
 */
export function assertNoEmptyValues(command) {
    for (const option of command.options) {
        const value = command.getOptionValue(option.attributeName());
        if (typeof value === 'string' && value.trim() === '')
            throw new UsageError(`${option.long ?? option.short}: the value is empty`);
    }
}
