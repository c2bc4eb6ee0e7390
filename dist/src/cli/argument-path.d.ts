/**
 * What to open for the file name `path`, as Node gave it: the name itself, or, when it holds
 * U+FFFD and no such file exists, the bytes of the one argument that is not UTF-8 and decodes to it.
 */
export declare function fileName(path: string): string | Buffer;
/** A note for a file not found whose name is not valid UTF-8 as given (empty for any other). */
export declare function invalidNameNote(path: string): string;
