import type { CommandDefinition } from './command.js';
import type { RecordsOptions } from './records-run.js';
export declare const records: CommandDefinition<RecordsOptions>;
