import type { CommandDefinition } from './command.js';
import type { MatrixOptions } from './records-run.js';
export declare const matrix: CommandDefinition<MatrixOptions>;
