/**
 * Delivering a command's output: to stdout, or to `-o FILE` atomically, piece by piece as the
 * command writes it; a closed pipe on stdout ends the writing quietly.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { reason, UsageError } from './usage-error.js';
/**
 * Output written piece by piece: `produce` calls `write` for each piece, each write awaited, so no
 * more than one piece waits in memory. `-o FILE` appears whole or not at all.
 */
export function deliverStream(to, produce, onClosedPipe = 'exit') {
    return to.output ? streamOutputFile(to.output, to.inputs, produce) : streamStdout(to.io, produce, onClosedPipe);
}
/** The whole text (or the bytes of a workbook) at once, as deliverStream does with one piece. */
export function deliver(text, to) {
    return deliverStream(to, (write) => write(text));
}
/** Refuses an output file that is one of the inputs: checked before any work, and again on writing. */
export function assertNotAnInput(file, inputs) {
    const target = resolve(file);
    const isInput = inputs.some((input) => input !== '-' && sameFile(resolve(input), target));
    if (isInput)
        throw new UsageError(`refusing to write '${file}': it is one of the input files`);
}
function sameFile(a, b) {
    if (a === b)
        return true;
    try {
        const sa = statSync(a);
        const sb = statSync(b);
        return sa.ino === sb.ino && sa.dev === sb.dev;
    }
    catch {
        return false;
    }
}
/**
 * Pieces are gathered until they reach this many characters (UTF-16 units), then written: one
 * write per paragraph would cost more than it carries. A minimum, not a maximum: the piece that
 * reaches it goes out in the same write.
 */
const BATCH_SIZE = 1 << 14;
/** `write` in batches: `add` sends the gathered text once it is BATCH_SIZE long, `flush` sends the rest. */
export function batchedWrite(write) {
    let pending = [];
    let length = 0;
    const flush = async () => {
        if (pending.length === 0)
            return;
        const text = pending.join('');
        pending = [];
        length = 0;
        await write(text);
    };
    return {
        add: async (text) => {
            pending.push(text);
            length += text.length;
            if (length >= BATCH_SIZE)
                await flush();
        },
        flush,
    };
}
const stdoutFailure = (error) => new UsageError(`cannot write to standard output: ${reason(error)}`);
async function streamStdout(io, produce, onClosedPipe) {
    const { stdout } = io;
    let readerGone = false;
    const closed = (error) => {
        if (error.code !== 'EPIPE')
            return;
        if (onClosedPipe === 'exit')
            io.exit(0);
        readerGone = true;
    };
    // The failed write's callback handles the error; this listener keeps the stream's own
    // 'error' event from becoming an uncaught exception.
    stdout.on?.('error', closed);
    await produce((text) => new Promise((done, fail) => {
        if (readerGone)
            return done();
        stdout.write(text, (error) => {
            if (!error)
                return done();
            closed(error);
            if (readerGone)
                return done();
            fail(stdoutFailure(error));
        });
    }));
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function cannotWrite(file, error) {
    return new UsageError(`cannot write '${file}': ${reason(error)}`);
}
function temporaryFor(target) {
    return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}
function isSpecialFile(path) {
    try {
        return !statSync(path).isFile();
    }
    catch {
        return false; // does not exist yet: a regular file will be created
    }
}
/**
 * Streamed output to FILE: into a temporary file beside it, renamed over FILE once `produce` is
 * done. If anything fails (a write, an input read half-way, a bug) or a signal ends the program,
 * the temporary file is removed and FILE is left as it was. A device or FIFO is written into
 * directly. Never one of the inputs.
 */
async function streamOutputFile(file, inputs, produce) {
    assertNotAnInput(file, inputs);
    const target = resolve(file);
    if (isSpecialFile(target)) {
        let fd;
        try {
            fd = openSync(target, 'w');
        }
        catch (error) {
            throw cannotWrite(file, error);
        }
        try {
            await produce(writerTo(fd, file));
        }
        finally {
            closeSync(fd);
        }
        return;
    }
    const temporary = temporaryFor(target);
    const removeTemporary = () => {
        try {
            unlinkSync(temporary);
        }
        catch { /* nothing to clean */ }
    };
    let fd;
    try {
        fd = openSync(temporary, 'w');
    }
    catch (error) {
        removeTemporary();
        throw cannotWrite(file, error);
    }
    const onSignal = (signal) => {
        removeTemporary();
        stopListening();
        process.kill(process.pid, signal); // the signal's own ending and exit status
    };
    const stopListening = () => {
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    let open = true;
    try {
        await produce(writerTo(fd, file));
        // A signal that came during synchronous work reaches its handler only on a polling turn of
        // the event loop (an immediate is not always one): give it that turn before FILE is replaced.
        await new Promise((turn) => setTimeout(turn, 10));
        try {
            open = false;
            closeSync(fd);
            renameSync(temporary, target);
        }
        catch (error) {
            throw cannotWrite(file, error);
        }
    }
    catch (error) {
        if (open) {
            try {
                closeSync(fd);
            }
            catch { /* removed below either way */ }
        }
        removeTemporary();
        throw error;
    }
    finally {
        stopListening();
    }
}
/** Writes each piece whole into `fd`, then lets pending events (a signal) run before the next. */
function writerTo(fd, file) {
    return async (text) => {
        const bytes = Buffer.from(text);
        try {
            for (let offset = 0; offset < bytes.length;)
                offset += writeSync(fd, bytes, offset);
        }
        catch (error) {
            throw cannotWrite(file, error);
        }
        await new Promise((next) => setImmediate(next));
    };
}
