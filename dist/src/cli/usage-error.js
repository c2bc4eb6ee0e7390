/** A problem with the command line or the files: exit status 2, one line on stderr. */
export class UsageError extends Error {
}
/** The exit status of a UsageError, and of any input/output problem (the README's table). */
export const EXIT_USAGE = 2;
/** A system error's reason in words (the table in system-errors.ts). */
export { reason } from './system-errors.js';
