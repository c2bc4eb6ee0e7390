import type { CommandDefinition } from './command.js';
import type { TraceOptions } from './trace-run.js';
export declare const TRACE_VIEWS: string[];
export declare const trace: CommandDefinition<TraceOptions>;
