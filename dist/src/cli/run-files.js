import { readInput } from './inputs.js';
export async function runFiles(files, io, parse, consume) {
    for (const file of files) {
        const draft = { file, ...readInput(file, io) };
        await consume(parse(draft), draft);
    }
}
