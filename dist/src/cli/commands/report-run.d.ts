import { REPORT_FORMATS } from '../../formatters/registry.js';
import { type FilterOptions } from '../settings.js';
import type { Invocation } from './command.js';
export interface ReportOptions extends FilterOptions {
    format: keyof typeof REPORT_FORMATS;
    later?: string;
    draftLines?: string;
    laterLines?: string;
    baseLines?: string;
    output?: string;
    diagnostics?: boolean;
    quiet?: boolean;
}
export declare function runReport({ files, options, io, config, version }: Invocation<ReportOptions>): Promise<void>;
