import { readable } from '../util/quoted.js';
import { UsageError } from './usage-error.js';
/**
 * The items of a comma-separated option (`--country FRA,UK`), trimmed. A list with no item or an
 * empty one (`--paragraph ','`, `--country 'FRA,'`) is a usage error: as a filter it would match
 * nothing and look like an answer.
 */
export function commaList(value, option) {
    if (value === undefined)
        return undefined;
    const items = value.split(',').map((item) => item.trim());
    if (items.every((item) => item === ''))
        throw new UsageError(`${option}: '${readable(value)}' names nothing (give a comma-separated list)`);
    if (items.includes(''))
        throw new UsageError(`${option}: '${readable(value)}' has an empty item (a comma at an end, or two together)`);
    return items;
}
