/**
 * What the CLI reads from and writes to outside its arguments, in one object: the process's own
 * streams for the binary, strings for the tests that run the CLI in process.
 */
import { fstatSync } from 'node:fs';
import { HEAD_BYTES, readBounded, TooLarge } from './read-bounded.js';
/**
 * Standard input held to `limit`. A regular file is read as any file is (refused from its size);
 * anything else is read as a stream, so the event loop, and with it the signal handlers, keep
 * running, and the first HEAD_BYTES are sniffed before more is held.
 */
function readProcessStdin(limit) {
    if (fstatSync(0).isFile())
        return readBounded(0, limit);
    return readStdinStream(limit);
}
async function readStdinStream(limit) {
    const chunks = [];
    let held = 0;
    let sniffed = limit.sniff === undefined;
    try {
        for await (const chunk of process.stdin) {
            chunks.push(chunk);
            held += chunk.length;
            if (!sniffed && held >= HEAD_BYTES) {
                sniffed = true;
                limit.sniff(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
            }
            if (held > limit.maxBytes)
                throw new TooLarge(limit.maxBytes);
        }
    }
    finally {
        process.stdin.destroy();
    }
    const bytes = Buffer.concat(chunks);
    if (!sniffed)
        limit.sniff(bytes);
    return bytes;
}
/** Nothing to do when standard error cannot be written (its reader has gone): the data on stdout still goes out whole. */
const ignoreStderrFailure = () => { };
export function processIo() {
    if (!process.stderr.listeners('error').includes(ignoreStderrFailure))
        process.stderr.on('error', ignoreStderrFailure);
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        readStdin: readProcessStdin,
        env: process.env,
        exit: (status) => process.exit(status),
    };
}
/** Whether output goes to a terminal: only stdout can be one (`-o FILE` never is). */
export const toTerminal = (io, output) => !output && io.stdout.isTTY === true;
