import { type CliIo } from './cli-io.js';
export declare function main(argv: string[], io?: CliIo): Promise<number>;
