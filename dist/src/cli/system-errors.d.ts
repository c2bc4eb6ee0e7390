/**
 * The system's error codes in words, for the one-line messages: one table, so no message ever
 * shows a raw code (`ELOOP`, `EFBIG`). A code not in the table is described by the system's own
 * text (Node's message without its code and path), never by the bare code.
 */
/** What each code means to someone running kyoto-parse; the file's name is said by the message. */
export declare const SYSTEM_ERROR_WORDS: Readonly<Record<string, string>>;
/** A system error's reason in words. */
export declare function reason(error: unknown): string;
