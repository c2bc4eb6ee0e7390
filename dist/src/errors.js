/**
 * A user-supplied (or shipped) configuration file is missing, is not valid JSON,
 * or has the wrong shape. The message is one line naming the file, so the CLI can
 * print it as is instead of a stack trace.
 */
export class ConfigError extends Error {
    file;
    reason;
    name = 'ConfigError';
    constructor(
    /** The file at fault, as given. */
    file, 
    /** What is wrong, without the file name. */
    reason, options) {
        super(`${file}: ${reason}`, options);
        this.file = file;
        this.reason = reason;
    }
}
