/**
 * The system's error codes in words, for the one-line messages: one table, so no message ever
 * shows a raw code (`ELOOP`, `EFBIG`). A code not in the table is described by the system's own
 * text (Node's message without its code and path), never by the bare code.
 */
/** What each code means to someone running kyoto-parse; the file's name is said by the message. */
export const SYSTEM_ERROR_WORDS = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links (a link that points to itself, or a loop of links)',
    ENAMETOOLONG: 'the name is too long for the file system',
    EFBIG: 'the file would be larger than the system allows (see `ulimit -f`)',
    ERR_FS_FILE_TOO_LARGE: 'the file is too large to read (over 2 GiB)',
    ERR_STRING_TOO_LONG: 'the file is too large to hold as text',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'the file system is read-only',
    EPIPE: 'the reader has gone away (closed pipe)',
    EIO: 'input/output error (a failing disk or device)',
    EBUSY: 'the file or device is busy',
    ETXTBSY: 'the file is a running program',
    EEXIST: 'the file already exists',
    EXDEV: 'the file is on another device',
    EMFILE: 'too many files open in this process',
    ENFILE: 'too many files open in the system',
    ENXIO: 'no such device or address (a FIFO with no reader, or a socket, which cannot be opened by name)',
    ENODEV: 'no such device',
    EAGAIN: 'not ready: the file is non-blocking and would block',
    EBADF: 'the file descriptor is not open',
    EINVAL: 'invalid argument (the file system refuses this name or operation)',
    ENOMEM: 'out of memory',
    ESPIPE: 'the file cannot be repositioned (a pipe)',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'timed out',
    EOVERFLOW: 'the file is too large for this operation',
    ESTALE: 'stale file handle (a network file system)',
    EILSEQ: 'the name is not valid in the file system\'s encoding',
};
/** A system error's reason in words. */
export function reason(error) {
    const { code, message } = (error ?? {});
    const words = code === undefined ? undefined : SYSTEM_ERROR_WORDS[code];
    if (words)
        return words;
    // Node's messages read `CODE: what happened, syscall 'path'`: what happened, without the code.
    const text = typeof message === 'string' ? message.replace(/^[A-Z_0-9]+: /, '').replace(/, \w+ '.*$/s, '').replace(/\s+/g, ' ').trim() : '';
    return text && !/^[A-Z_0-9]+$/.test(text) ? text : 'an unknown system error';
}
