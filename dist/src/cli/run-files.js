import { readInput } from './inputs.js';
export async function runFiles(files, io, parse, consume, 
/** `--encoding`: how every file's bytes are read (default: UTF-8, or UTF-16 or UTF-32 with a byte order mark). */
encoding) {
    for (const file of files) {
        const draft = { file, ...(await readInput(file, io, encoding)) };
        await consume(parse(draft), draft);
    }
}
