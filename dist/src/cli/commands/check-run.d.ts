import { CHECK_FORMATS } from '../../formatters/registry.js';
import type { Invocation } from './command.js';
export interface CheckOptions {
    format: keyof typeof CHECK_FORMATS;
    strict?: boolean;
    vocabulary?: string;
    aliases?: string;
    output?: string;
    maxPerRule: number;
    width?: number;
    select?: string;
    ignore?: string;
    sarifRoot?: string;
    encoding?: string;
    quiet?: boolean;
    /** Internal (hidden): a lower cap on SARIF results than GitHub's, for the tests. */
    sarifMaxResults?: number;
}
export declare function runCheck({ files, options, io, config, version, setStatus }: Invocation<CheckOptions>): Promise<void>;
