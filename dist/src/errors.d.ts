/**
 * A user-supplied (or shipped) configuration file is missing, is not valid JSON,
 * or has the wrong shape. The message is one line naming the file, so the CLI can
 * print it as is instead of a stack trace.
 */
export declare class ConfigError extends Error {
    /** The file at fault, as given. */
    readonly file: string;
    /** What is wrong, without the file name. */
    readonly reason: string;
    readonly name = "ConfigError";
    constructor(
    /** The file at fault, as given. */
    file: string, 
    /** What is wrong, without the file name. */
    reason: string, options?: {
        cause?: unknown;
    });
}
