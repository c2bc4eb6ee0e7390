import type { CommandDefinition } from './command.js';
import type { ReportOptions } from './report-run.js';
export declare const report: CommandDefinition<ReportOptions>;
