/**
 * What the CLI reads from and writes to outside its arguments, in one object: the process's own
 * streams for the binary, strings for the tests that run the CLI in process.
 */
import { readFileSync } from 'node:fs';
export function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        readStdin: () => readFileSync(0),
        env: process.env,
        exit: (status) => process.exit(status),
    };
}
/** Whether output goes to a terminal: only stdout can be one (`-o FILE` never is). */
export const toTerminal = (io, output) => !output && io.stdout.isTTY === true;
