/** A problem with the command line or the files: exit status 2, one line on stderr. */
export class UsageError extends Error {
}
/** The exit status of a UsageError, and of any input/output problem (the README's table). */
export const EXIT_USAGE = 2;
const REASONS = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOSPC: 'no space left on the device',
};
/** A system error's reason in words, for the one-line messages. */
export function reason(error) {
    const code = error.code ?? '';
    return REASONS[code] ?? code;
}
